package dev.newsriver;

import dev.newsriver.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Newsriver: many sources of news in, one clean, tagged, de-duplicated river out. Without arguments (or
 * with Spring options only) it runs the server; {@code extract}, {@code tag} and {@code export} run the
 * command-line tools of the same jar.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NewsriverApplication {

    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            System.exit(Cli.run(args));
        }
        SpringApplication.run(NewsriverApplication.class, args);
    }
}
