package dev.newsriver.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseUrlsTest {

    @Test
    void anEmptyUrlMeansTheEmbeddedH2FileUnderTheDataDirectory() {
        DatabaseUrls urls = DatabaseUrls.of("", Path.of("/srv/river/data"));
        assertThat(urls.isH2()).isTrue();
        assertThat(urls.jdbc()).startsWith("jdbc:h2:file:/srv/river/data/newsriver;");
        assertThat(urls.r2dbc()).startsWith("r2dbc:h2:file:///");
    }

    @Test
    void aPostgresUrlGivesCredentialsToEachDriverTheWayItTakesThem() {
        DatabaseUrls urls = DatabaseUrls.of("postgresql://db:5432/news?user=river&password=s3cret&sslmode=disable",
                Path.of("data"));
        assertThat(urls.isH2()).isFalse();
        assertThat(urls.r2dbc()).isEqualTo("r2dbc:postgresql://river:s3cret@db:5432/news?sslmode=disable");
        assertThat(urls.jdbc()).isEqualTo("jdbc:postgresql://db:5432/news?sslmode=disable&user=river&password=s3cret");
    }

    @Test
    void aSchemaParameterSelectsTheSchemaForBothDrivers() {
        DatabaseUrls urls = DatabaseUrls.of("postgres://db/news?user=u&schema=river_1", Path.of("data"));
        assertThat(urls.schema()).isEqualTo("river_1");
        assertThat(urls.r2dbc()).isEqualTo("r2dbc:postgresql://u@db/news?schema=river_1");
        assertThat(urls.jdbc()).isEqualTo("jdbc:postgresql://db/news?currentSchema=river_1&user=u");
    }

    @Test
    void anythingElseIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> DatabaseUrls.of("mysql://db/news", Path.of("data")))
                .hasMessageContaining("newsriver.db-url");
        assertThatThrownBy(() -> DatabaseUrls.of("postgresql://db/news?schema=x;drop", Path.of("data")))
                .hasMessageContaining("schema");
    }
}
