package dev.newsriver;

import dev.newsriver.clean.Cleaner;
import dev.newsriver.dedupe.DedupeSettings;
import dev.newsriver.dedupe.Deduplicator;
import dev.newsriver.pipeline.Pipeline;
import dev.newsriver.publish.FeedCache;
import dev.newsriver.publish.FeedWriter;
import dev.newsriver.publish.LiveRiver;
import dev.newsriver.source.Claims;
import dev.newsriver.source.FetchSettings;
import dev.newsriver.source.Sources;
import dev.newsriver.store.DatabaseUrls;
import dev.newsriver.store.ItemStore;
import dev.newsriver.store.SourceLeases;
import dev.newsriver.tagging.TagDefinition;
import dev.newsriver.tagging.Tagger;
import dev.newsriver.web.TagLabels;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/** Wires the stages of the river from the {@code newsriver.*} settings. */
@Configuration(proxyBeanMethods = false)
public class RiverConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    DatabaseUrls databaseUrls(NewsriverProperties props) {
        return DatabaseUrls.of(props.dbUrl(), props.dataDir());
    }

    @Bean
    Cleaner cleaner() {
        return new Cleaner();
    }

    @Bean
    Tagger tagger(NewsriverProperties props) {
        return Tagger.load(props.tagsFile());
    }

    /**
     * Leases that share feed polling between instances on PostgreSQL; one instance on the embedded
     * database polls everything without asking.
     */
    @Bean
    SourceLeases sourceLeases(DatabaseClient db, Scheduler databaseScheduler, Clock clock,
                              @Value("${newsriver.instance-id:}") String instanceId,
                              @Value("${server.port:8080}") String port) {
        String holder = !instanceId.isBlank() ? instanceId : hostName() + ":" + ("0".equals(port)
                ? UUID.randomUUID().toString().substring(0, 8) : port);
        return new SourceLeases(db, databaseScheduler, clock, holder);
    }

    @Bean
    Sources sources(NewsriverProperties props, DatabaseUrls urls, SourceLeases leases, MeterRegistry meters) {
        NewsriverProperties.Fetch f = props.fetch();
        FetchSettings defaults = FetchSettings.defaults();
        Claims claims = urls.isH2() ? Claims.ALWAYS : leases::claim;
        return Sources.load(props.sourcesFile(), new FetchSettings(f.allowPrivateNetworks(), f.connectTimeout(),
                f.readTimeout(), f.maxBodyBytes(), f.maxRedirects(), f.maxRetries(), f.defaultInterval(),
                defaults.userAgent()), Path.of("").toAbsolutePath(), meters, claims);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "newsriver";
        }
    }

    @Bean
    Deduplicator deduplicator(NewsriverProperties props) {
        NewsriverProperties.Dedupe d = props.dedupe();
        return new Deduplicator(DedupeSettings.of(props.pipeline().dedupeWindow(), d.duplicateSimilarity(),
                d.shortDuplicateSimilarity(), d.duplicateContainment(), d.openingContainment(), d.sameOpening(),
                d.storySimilarity(), d.storyWindow(), d.storyNames()));
    }

    @Bean(destroyMethod = "dispose")
    Scheduler pipelineWorkers() {
        return Schedulers.newParallel("clean", Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    @Bean
    Pipeline pipeline(Cleaner cleaner, Tagger tagger, Deduplicator dedupe, ItemStore store, Scheduler pipelineWorkers,
                      NewsriverProperties props, Clock clock, MeterRegistry meters) {
        return new Pipeline(cleaner, tagger, dedupe, store, pipelineWorkers, props.pipeline().parallelism(), clock,
                meters, props.pipeline().storeRetryFor());
    }

    @Bean(destroyMethod = "close")
    LiveRiver liveRiver(ItemStore store, NewsriverProperties props, MeterRegistry meters) {
        LiveRiver river = new LiveRiver(store, props.stream().bufferSize());
        FunctionCounter.builder("newsriver.stream.slow.clients", river, LiveRiver::slowClientsEnded)
                .description("SSE streams ended because the client fell too far behind").register(meters);
        return river;
    }

    @Bean(destroyMethod = "close")
    FeedCache feedCache(ItemStore store) {
        return new FeedCache(store, new FeedWriter(), 256);
    }

    @Bean
    TagLabels tagLabels(Tagger tagger) {
        return id -> tagger.definitions().stream().filter(d -> d.id().equals(id)).map(TagDefinition::label)
                .findFirst().orElse(id);
    }

    @Bean
    RiverRunner riverRunner(Pipeline pipeline, Sources sources, Tagger tagger, NewsriverProperties props,
                            SourceLeases leases) {
        return new RiverRunner(pipeline, sources, tagger, props.pipeline().dedupeWindow(), leases);
    }
}
