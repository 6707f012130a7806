package dev.newsriver.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

class DatabaseSchedulerTest {

    @Test
    void aDatabaseCallWhoseSubscriberLeavesRunsToTheEndUninterrupted() throws InterruptedException {
        Scheduler db = DatabaseConfig.newScheduler("test-db", 2);
        try {
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            AtomicBoolean interrupted = new AtomicBoolean();
            AtomicBoolean finished = new AtomicBoolean();
            Disposable call = Mono.fromCallable(() -> {
                started.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS); // stands for a read of the database file
                } catch (InterruptedException e) {
                    interrupted.set(true);
                }
                interrupted.compareAndSet(false, Thread.currentThread().isInterrupted());
                finished.set(true);
                return 1;
            }).subscribeOn(db).subscribe();
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            call.dispose(); // the SSE client went away mid-query
            release.countDown();
            await().atMost(Duration.ofSeconds(10)).untilTrue(finished);
            assertThat(interrupted).isFalse();
        } finally {
            db.dispose();
        }
    }
}
