package dev.newsriver.store;

import io.r2dbc.h2.H2ConnectionConfiguration;
import io.r2dbc.h2.H2ConnectionFactory;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactoryProvider;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.ConnectionFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The database named by the {@link DatabaseUrls} bean: migrates the schema with Flyway (JDBC), then opens a
 * pooled R2DBC connection factory on the same database. H2 by default (a file under {@code newsriver.data-dir}), PostgreSQL when
 * {@code newsriver.db-url} says so.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfig {
    private static final Logger log = LoggerFactory.getLogger(DatabaseConfig.class);

    /** Migrates the database, then opens a connection pool on it. */
    @Bean(destroyMethod = "dispose")
    public ConnectionPool connectionFactory(DatabaseUrls urls) {
        migrate(urls);
        ConnectionFactory factory = urls.isH2()
                ? new H2ConnectionFactory(H2ConnectionConfiguration.builder()
                        .url(urls.jdbc().substring("jdbc:h2:".length())).build())
                : postgres(urls.r2dbc());
        return new ConnectionPool(ConnectionPoolConfiguration.builder(factory)
                .initialSize(1).maxSize(urls.isH2() ? 4 : 10)
                .maxAcquireTime(Duration.ofSeconds(10))
                .maxIdleTime(Duration.ofMinutes(5))
                .validationQuery("SELECT 1")
                .build());
    }

    /** How long one statement may run, or wait for a lock, on PostgreSQL before it fails. */
    static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(60);
    /**
     * How long a session may sit in an open transaction without a statement before PostgreSQL ends it: an
     * instance that hangs or vanishes mid-batch would otherwise hold the insert lock that every instance
     * waits on.
     */
    static final Duration IDLE_IN_TRANSACTION = Duration.ofSeconds(60);

    /**
     * Connections to PostgreSQL with limits: a statement or lock wait ends after {@link #STATEMENT_TIMEOUT},
     * an idle open transaction after {@link #IDLE_IN_TRANSACTION}, and TCP keep-alive is on.
     */
    static ConnectionFactory postgres(String r2dbcUrl) {
        ConnectionFactoryOptions options = ConnectionFactoryOptions.parse(r2dbcUrl).mutate()
                .option(PostgresqlConnectionFactoryProvider.STATEMENT_TIMEOUT, STATEMENT_TIMEOUT)
                .option(PostgresqlConnectionFactoryProvider.LOCK_WAIT_TIMEOUT, STATEMENT_TIMEOUT)
                .option(PostgresqlConnectionFactoryProvider.TCP_KEEPALIVE, true)
                .option(PostgresqlConnectionFactoryProvider.OPTIONS, java.util.Map.of(
                        "idle_in_transaction_session_timeout", IDLE_IN_TRANSACTION.toMillis() + "ms"))
                .build();
        return ConnectionFactories.get(options);
    }

    @Bean
    DatabaseClient databaseClient(ConnectionFactory connectionFactory) {
        return DatabaseClient.create(connectionFactory);
    }

    /** Where database calls run: H2's driver blocks, so never on Netty's event loops. */
    @Bean(destroyMethod = "dispose")
    Scheduler databaseScheduler() {
        return newScheduler("db", 8);
    }

    /**
     * A scheduler for blocking database calls that never interrupts them. Reactor interrupts a running task
     * when its subscriber cancels (an SSE client leaving mid-query), and an interrupt during H2's file I/O
     * closes the database file's channel for every connection (ClosedByInterruptException): the whole store
     * fails until restart. Tasks on this scheduler run to the end and their results are dropped.
     */
    public static Scheduler newScheduler(String name, int threads) {
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        // handed over as a plain Executor: given an ExecutorService, Reactor cancels through its Futures,
        // which interrupts
        Scheduler tasks = Schedulers.fromExecutor(pool::execute);
        return new Scheduler() {
            @Override
            public reactor.core.Disposable schedule(Runnable task) {
                return tasks.schedule(task);
            }

            @Override
            public Worker createWorker() {
                return tasks.createWorker();
            }

            @Override
            public void dispose() {
                tasks.dispose();
                pool.shutdown();
            }

            @Override
            public boolean isDisposed() {
                return pool.isShutdown();
            }
        };
    }

    static void migrate(DatabaseUrls urls) {
        if (urls.isH2()) {
            try {
                Files.createDirectories(urls.h2File().getParent());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the data directory " + urls.h2File().getParent(), e);
            }
        }
        var flyway = Flyway.configure().dataSource(urls.jdbc(), null, null).locations("classpath:db/migration");
        if (urls.schema() != null) {
            flyway = flyway.schemas(urls.schema()).createSchemas(true);
        }
        var result = flyway.load().migrate();
        log.info("Database {} at schema version {}", urls.isH2() ? "H2 " + urls.h2File() : "PostgreSQL",
                result.targetSchemaVersion != null ? result.targetSchemaVersion : "current");
    }
}
