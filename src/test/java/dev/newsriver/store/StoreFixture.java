package dev.newsriver.store;

import io.r2dbc.pool.ConnectionPool;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * A real database opened the way the application opens it, for tests of the store and what uses it:
 * embedded H2 in a folder of the test's, or the machine's PostgreSQL in a fresh schema dropped on close.
 */
public final class StoreFixture implements AutoCloseable {
    /** The PostgreSQL that tests use; {@code NEWSRIVER_TEST_PG} overrides it. */
    public static final String PG_URL = System.getenv().getOrDefault("NEWSRIVER_TEST_PG",
            "postgresql://127.0.0.1:5432/test?user=postgres");

    private final DatabaseUrls urls;
    private final ConnectionPool pool;
    private final Scheduler scheduler = DatabaseConfig.newScheduler("test-db", 4);
    private final ItemStore store;
    private final DatabaseClient client;

    private StoreFixture(DatabaseUrls urls) {
        this.urls = urls;
        pool = new DatabaseConfig().connectionFactory(urls);
        client = DatabaseClient.create(pool);
        store = new ItemStore(client, pool, scheduler, urls);
    }

    /** An embedded H2 database in {@code dataDir}. */
    public static StoreFixture h2(Path dataDir) {
        return new StoreFixture(DatabaseUrls.of("", dataDir));
    }

    /** A new schema on the test PostgreSQL. */
    public static StoreFixture postgres() {
        return postgres("nr_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
    }

    /** The given schema on the test PostgreSQL (another fixture on the same schema shares its data). */
    public static StoreFixture postgres(String schema) {
        return new StoreFixture(DatabaseUrls.of(PG_URL + "&schema=" + schema, Path.of(".")));
    }

    /** H2 for {@code "h2"}, PostgreSQL for {@code "postgresql"}: for tests parameterized over both. */
    public static StoreFixture of(String kind, Path dataDir) {
        return "h2".equals(kind) ? h2(dataDir) : postgres();
    }

    /** The {@code newsriver.db-url} that opens this fixture's database. */
    public String dbUrl() {
        return urls.isH2() ? "" : PG_URL + "&schema=" + urls.schema();
    }

    public DatabaseClient client() {
        return client;
    }

    public ItemStore store() {
        return store;
    }

    /** Reopens the same database with a new pool, as a restarted instance would. */
    public StoreFixture reopen() {
        return new StoreFixture(urls);
    }

    @Override
    public void close() {
        store.close();
        pool.dispose();
        scheduler.dispose();
    }

    /** Closes, and on PostgreSQL drops the schema. */
    public void drop() {
        close();
        if (!urls.isH2()) {
            try (Connection c = DriverManager.getConnection(urls.jdbc())) {
                c.createStatement().execute("DROP SCHEMA IF EXISTS " + urls.schema() + " CASCADE");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot drop test schema " + urls.schema(), e);
            }
        }
    }
}
