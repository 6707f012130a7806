package dev.newsriver.store;

import static dev.newsriver.testing.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsriver.article.Article;
import dev.newsriver.article.Fingerprint;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/**
 * On PostgreSQL, no statement, lock wait or idle open transaction can hold the store up for good, and an
 * item whose notification never came still reaches the river within a heartbeat.
 */
class PostgresLimitsTest {
    private StoreFixture db;

    @BeforeEach
    void open() {
        db = StoreFixture.postgres();
    }

    @AfterEach
    void close() {
        db.drop();
    }

    private String show(String setting) {
        return db.client().sql("SHOW " + setting).map(row -> row.get(0, String.class)).one().block(Duration.ofSeconds(10));
    }

    @Test
    void everyConnectionHasStatementLockAndIdleTransactionLimitsAndKeepsItsSchema() {
        assertThat(show("statement_timeout")).isEqualTo("1min");
        assertThat(show("lock_timeout")).isEqualTo("1min");
        assertThat(show("idle_in_transaction_session_timeout")).isEqualTo("1min");
        assertThat(db.store().count().block(Duration.ofSeconds(10))).as("the schema is still on the search path").isZero();
    }

    @Test
    void anItemCommittedWithoutANotificationIsAnnouncedAtTheNextHeartbeat() {
        Article a = article("silent", "An item whose NOTIFY was lost on the way.")
                .fingerprint(new Fingerprint("h-silent", new long[] {1, 2, 3})).ingested(Instant.now()).build();
        String insert = "INSERT INTO item (source_id, guid, content_hash, title, ingested_ms, signature, body, doc) "
                + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";
        try (CommitListener listener = new CommitListener(
                DatabaseUrls.of(db.dbUrl(), java.nio.file.Path.of(".")).r2dbc(), db.store(), Duration.ofMillis(300))) {
            StepVerifier.create(listener.committed().take(1))
                    .then(() -> db.client().sql(insert).bind(0, a.source().id()).bind(1, a.guid())
                            .bind(2, a.fingerprint().contentHash()).bind(3, a.title())
                            .bind(4, a.ingested().toEpochMilli()).bind(5, Signatures.encode(a.fingerprint()))
                            .bind(6, a.text()).bind(7, new ArticleCodec().write(a)).then().block(Duration.ofSeconds(10)))
                    .assertNext(stored -> assertThat(stored.guid()).isEqualTo("silent"))
                    .expectComplete()
                    .verify(Duration.ofSeconds(10));
        }
    }
}
