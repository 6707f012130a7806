package dev.newsriver.store;

import io.r2dbc.pool.ConnectionPool;
import java.nio.file.Path;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/** A real database opened the way the application opens it, for tests of the store and what uses it. */
public final class StoreFixture implements AutoCloseable {
    private final ConnectionPool pool;
    private final Scheduler scheduler = Schedulers.newBoundedElastic(4, 1000, "test-db");
    private final ItemStore store;

    private StoreFixture(DatabaseUrls urls) {
        pool = new DatabaseConfig().connectionFactory(urls);
        store = new ItemStore(DatabaseClient.create(pool), pool, scheduler);
    }

    /** An embedded H2 database in {@code dataDir}. */
    public static StoreFixture h2(Path dataDir) {
        return new StoreFixture(DatabaseUrls.of("", dataDir));
    }

    public ItemStore store() {
        return store;
    }

    @Override
    public void close() {
        pool.dispose();
        scheduler.dispose();
    }
}
