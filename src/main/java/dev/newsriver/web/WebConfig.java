package dev.newsriver.web;

import dev.newsriver.NewsriverProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.config.CorsRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;

/** Cross-origin reads of the river, as {@code newsriver.cors.allowed-origins} allows. */
@Configuration(proxyBeanMethods = false)
public class WebConfig implements WebFluxConfigurer {
    private final NewsriverProperties props;

    public WebConfig(NewsriverProperties props) {
        this.props = props;
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        String[] origins = props.cors().allowedOrigins().stream().filter(o -> !o.isBlank()).toArray(String[]::new);
        if (origins.length == 0) {
            return;
        }
        for (String path : new String[] {"/stream", "/feed.*", "/regions/**", "/topics/**", "/api/**"}) {
            registry.addMapping(path).allowedOrigins(origins).allowedMethods("GET", "HEAD")
                    .exposedHeaders("ETag", "Last-Modified", "Retry-After").allowCredentials(false);
        }
    }
}
