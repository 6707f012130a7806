package dev.newsriver.store;

import dev.newsriver.article.Article;
import dev.newsriver.article.Fingerprint;
import dev.newsriver.article.Ids;
import dev.newsriver.article.Tag;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Readable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;

/**
 * The single source of truth: items with their global sequence id, on H2 or PostgreSQL through R2DBC.
 * The unique keys (source + guid, content hash) make a second insert of the same item a no-op, also when
 * two writers race. On PostgreSQL, inserts take a transaction-scoped advisory lock so that ids follow
 * commit order across instances, and notify every instance of new items. Thread-safe.
 */
@Component
public class ItemStore implements AutoCloseable {
    /** The advisory lock that orders inserts across instances ("nr" in ASCII). */
    private static final long INSERT_LOCK = 0x6e72;
    private static final Logger log = LoggerFactory.getLogger(ItemStore.class);
    private static final int TAG_ROWS = 512;
    /** The length of the text and document columns (V1__items.sql), in characters. */
    static final int MAX_COLUMN = 1_048_576;
    private static final String SELECT = "SELECT id, body, doc, content_hash, signature FROM item";

    private final DatabaseClient db;
    private final TransactionalOperator tx;
    private final Scheduler scheduler;
    private final ArticleCodec codec = new ArticleCodec();
    private final Sinks.Many<Article> committed = Sinks.many().multicast().directBestEffort();
    private final boolean postgres;
    private final CommitListener listener;

    public ItemStore(DatabaseClient db, ConnectionFactory connectionFactory, Scheduler databaseScheduler,
                     DatabaseUrls urls) {
        this.db = db;
        this.tx = TransactionalOperator.create(new R2dbcTransactionManager(connectionFactory));
        this.scheduler = databaseScheduler;
        this.postgres = !urls.isH2();
        this.listener = postgres ? new CommitListener(urls.r2dbc(), this) : null;
    }

    /**
     * Stores the item unless the same item (same source and guid, or the same text) is already stored.
     *
     * @return the stored item with its id, or empty when it was already there
     */
    public Mono<Article> saveIfNew(Article a) {
        return saveAllIfNew(List.of(a), UnaryOperator.identity(), UnaryOperator.identity()).next();
    }

    /**
     * Stores items in order, in one transaction, each unless the same item is already stored; one commit
     * for many items is what lets ingestion outrun the database's round trips. {@code prepare} is applied to
     * each item just before its insert and {@code taken} to each stored item (id assigned) just after it, so
     * that a decision about one item can depend on the items stored before it in the same batch. When the
     * transaction fails, no item of the batch is stored and the error is signalled.
     *
     * @return the items the store took as new, with their ids, in order
     */
    public Flux<Article> saveAllIfNew(List<Article> items, UnaryOperator<Article> prepare, UnaryOperator<Article> taken) {
        Flux<Article> inserts = Flux.fromIterable(items)
                .concatMap(a -> insert(prepare.apply(a)).map(taken));
        return lockInsertOrder().thenMany(inserts).collectList()
                .flatMap(stored -> saveTags(stored).then(notifyOthers(stored)).thenReturn(stored))
                .as(tx::transactional)
                .doOnNext(stored -> stored.forEach(this::announce))
                .flatMapIterable(stored -> stored)
                .subscribeOn(scheduler);
    }

    /**
     * One item and its tags, inside the caller's transaction; empty when its unique keys are taken, or when
     * it is too large for its columns (then it is skipped with an error naming it, before the database sees
     * it: on PostgreSQL a failed statement would abort the whole batch).
     */
    private Mono<Article> insert(Article a) {
        Objects.requireNonNull(a.fingerprint(), "fingerprint");
        Objects.requireNonNull(a.ingested(), "ingested");
        Objects.requireNonNull(a.guid(), "guid");
        String body = a.text() == null ? "" : a.text();
        String doc = codec.write(a);
        if (body.length() > MAX_COLUMN || doc.length() > MAX_COLUMN) {
            log.error("Not storing {} from source {}: {} characters of text and {} of stored document, more than "
                    + "the {} the store holds", a.guid(), a.source().id(), body.length(), doc.length(), MAX_COLUMN);
            return Mono.empty();
        }
        var spec = db.sql("INSERT INTO item (source_id, guid, content_hash, title, published_ms, ingested_ms, "
                        + "story, duplicate_of, signature, body, doc) VALUES (" + text("source") + ", " + text("guid") + ", "
                        + text("hash") + ", " + text("title") + ", :published, :ingested, :story, :dup, " + text("sig") + ", "
                        + text("body") + ", " + text("doc") + ")"
                        + (postgres ? " ON CONFLICT DO NOTHING" : ""));
        spec = bindText(spec, "source", a.source().id());
        spec = bindText(spec, "guid", guidKey(a.guid()));
        spec = bindText(spec, "hash", a.fingerprint().contentHash());
        spec = bindText(spec, "title", truncate(a.title(), 2000));
        spec = spec.bind("ingested", a.ingested().toEpochMilli());
        spec = bindText(spec, "sig", Signatures.encode(a.fingerprint()));
        spec = bindText(spec, "body", body);
        spec = bindText(spec, "doc", doc);
        spec = a.published() == null ? spec.bindNull("published", Long.class)
                : spec.bind("published", a.published().toEpochMilli());
        spec = a.story() == null ? spec.bindNull("story", String.class) : spec.bind("story", a.story());
        spec = a.duplicateOf() == null ? spec.bindNull("dup", Long.class) : spec.bind("dup", a.duplicateOf());
        // PostgreSQL skips a conflicting row (a failed statement would abort the whole transaction); H2 undoes
        // just the failed statement, so the violation is caught here and the batch goes on
        return spec.filter(s -> s.returnGeneratedValues("id"))
                .map(row -> row.get("id", Long.class))
                .one()
                .onErrorResume(DataIntegrityViolationException.class, e -> Mono.empty())
                .doOnSuccess(id -> {
                    if (id == null) {
                        log.debug("Already stored: {} {}", a.source().id(), a.guid());
                    }
                })
                .map(id -> a.toBuilder().id(id).build());
    }

    /**
     * Every item as soon as it is committed, in id order, by this instance or (on PostgreSQL) any other;
     * hot: subscribers see what is committed after they subscribe. A subscriber must keep up (request
     * unbounded, buffer on its side): best effort means an item is not delivered to a subscriber that has
     * no demand.
     */
    public Flux<Article> committed() {
        return postgres ? listener.committed() : committed.asFlux();
    }

    private synchronized void announce(Article stored) {
        if (!postgres) {
            committed.tryEmitNext(stored);
        }
    }

    @Override
    public void close() {
        if (listener != null) {
            listener.close();
        }
    }

    private Mono<Void> lockInsertOrder() {
        return postgres ? db.sql("SELECT pg_advisory_xact_lock(" + INSERT_LOCK + ")").map(row -> 1).first().then()
                : Mono.empty();
    }

    /**
     * A text parameter in an insert. The H2 driver hands every {@code String} parameter to the database as
     * a temporary CLOB, which H2 then reads back into the {@code VARCHAR} column: on the hot insert path that
     * cost more than the insert itself. On H2 the text therefore travels as UTF-8 bytes, made text again by
     * the database; PostgreSQL's driver sends strings as they are.
     */
    private String text(String name) {
        return postgres ? ":" + name : "UTF8TOSTRING(:" + name + ")";
    }

    private DatabaseClient.GenericExecuteSpec bindText(DatabaseClient.GenericExecuteSpec spec, String name, String value) {
        return postgres ? spec.bind(name, value) : spec.bind(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** One notification per transaction: listeners read every item above their last one anyway. */
    private Mono<Void> notifyOthers(List<Article> stored) {
        return postgres && !stored.isEmpty() ? db.sql("SELECT pg_notify('" + CommitListener.CHANNEL + "', :id)")
                .bind("id", stored.get(stored.size() - 1).id().toString()).map(row -> 1).first().then() : Mono.empty();
    }

    /**
     * The tags of all the items stored by one transaction, {@value #TAG_ROWS} rows per statement: one round
     * trip per batch as a rule, and far below any driver's limit on parameters.
     */
    private Mono<Void> saveTags(List<Article> stored) {
        List<Object[]> rows = new ArrayList<>();
        for (Article a : stored) {
            a.tags().stream().filter(distinctBy(Tag::id)).forEach(t -> rows.add(new Object[] {a.id(), t.id(), t.kind().json()}));
        }
        return Flux.range(0, (rows.size() + TAG_ROWS - 1) / TAG_ROWS)
                .concatMap(k -> insertTags(rows.subList(k * TAG_ROWS, Math.min(rows.size(), (k + 1) * TAG_ROWS))))
                .then();
    }

    private Mono<Long> insertTags(List<Object[]> rows) {
        StringBuilder sql = new StringBuilder("INSERT INTO item_tag (item_id, tag, kind) VALUES ");
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(:i").append(i).append(", ").append(text("t" + i)).append(", ")
                    .append(text("k" + i)).append(')');
        }
        var spec = db.sql(sql.toString());
        for (int i = 0; i < rows.size(); i++) {
            Object[] r = rows.get(i);
            spec = bindText(bindText(spec.bind("i" + i, r[0]), "t" + i, (String) r[1]), "k" + i, (String) r[2]);
        }
        return spec.fetch().rowsUpdated();
    }

    private static <T> Predicate<T> distinctBy(Function<T, ?> key) {
        Set<Object> seen = new HashSet<>();
        return t -> seen.add(key.apply(t));
    }

    /** Items with an id above {@code afterId}, oldest first: what a resuming client missed. */
    public Flux<Article> after(long afterId, ItemQuery q, int limit) {
        return select(q, "id > :bound", afterId, "ASC", limit);
    }

    /** The newest items, optionally only those older than {@code beforeId}, newest first. */
    public Flux<Article> newest(ItemQuery q, Long beforeId, int limit) {
        return select(q, "id < :bound", beforeId == null ? Long.MAX_VALUE : beforeId, "DESC", limit);
    }

    public Mono<Article> findById(long id) {
        return db.sql(SELECT + " WHERE id = :id").bind("id", id).map(this::read).one().subscribeOn(scheduler);
    }

    /** The highest id stored, 0 when empty. */
    public Mono<Long> maxId() {
        return db.sql("SELECT COALESCE(MAX(id), 0) AS m FROM item").map(row -> row.get("m", Long.class)).one()
                .defaultIfEmpty(0L).subscribeOn(scheduler);
    }

    public Mono<Long> count() {
        return db.sql("SELECT COUNT(*) AS n FROM item").map(row -> row.get("n", Long.class)).one()
                .subscribeOn(scheduler);
    }

    /**
     * The newest story groups: for each of the {@code limit} stories with the most recent items, its items
     * (near-duplicates included), newest first; stories ordered by their newest item.
     */
    public Flux<List<Article>> stories(int limit, Long beforeId) {
        return db.sql("SELECT story, MAX(id) AS newest FROM item WHERE id < :before GROUP BY story "
                        + "ORDER BY newest DESC LIMIT :n")
                .bind("before", beforeId == null ? Long.MAX_VALUE : beforeId).bind("n", limit)
                .map(row -> row.get("story", String.class)).all()
                .concatMap(story -> db.sql(SELECT + " WHERE story = :story ORDER BY id DESC LIMIT 200")
                        .bind("story", story).map(this::read).all().collectList())
                .subscribeOn(scheduler);
    }

    /** Number of items per published tag id. */
    public Mono<Map<String, Long>> tagCounts() {
        return db.sql("SELECT tag, COUNT(*) AS n FROM item_tag GROUP BY tag")
                .map(row -> Map.entry(row.get("tag", String.class), row.get("n", Long.class)))
                .all().collectMap(Map.Entry::getKey, Map.Entry::getValue)
                .subscribeOn(scheduler);
    }

    /** The fingerprints of the newest {@code limit} items, newest first: what de-duplication remembers. */
    public Flux<Article> recentFingerprints(int limit) {
        return db.sql("SELECT id, content_hash, signature, story, duplicate_of FROM item ORDER BY id DESC LIMIT :n")
                .bind("n", limit)
                .map(row -> Article.builder()
                        .id(row.get("id", Long.class))
                        .story(row.get("story", String.class))
                        .duplicateOf(row.get("duplicate_of", Long.class))
                        .fingerprint(fingerprint(row.get("content_hash", String.class), row.get("signature", String.class)))
                        .build())
                .all().subscribeOn(scheduler);
    }

    private static Fingerprint fingerprint(String hash, String signature) {
        return Signatures.decode(hash, signature);
    }

    private Flux<Article> select(ItemQuery q, String bound, long boundValue, String order, int limit) {
        return filtered(SELECT, q, bound, boundValue, order, limit).map(this::read).all().subscribeOn(scheduler);
    }

    /**
     * The id just below the {@code n}th newest item matching {@code q} (where a client that wants the newest
     * {@code n} starts), or empty when none matches. Reads ids only: the items follow in the replay.
     */
    public Mono<Long> backlogStart(ItemQuery q, int n) {
        return filtered("SELECT id FROM item", q, "id < :bound", Long.MAX_VALUE, "DESC", n)
                .map(row -> row.get("id", Long.class)).all().takeLast(1).next().map(id -> id - 1)
                .subscribeOn(scheduler);
    }

    /** {@code select} with the query's filters, the id bound, the order and the limit bound. */
    private DatabaseClient.GenericExecuteSpec filtered(String select, ItemQuery q, String bound, long boundValue,
                                                       String order, int limit) {
        StringBuilder sql = new StringBuilder(select).append(" WHERE ").append(bound);
        if (!q.includeDuplicates()) {
            sql.append(" AND duplicate_of IS NULL");
        }
        if (q.region() != null) {
            sql.append(" AND id IN (SELECT item_id FROM item_tag WHERE tag = :region)");
        }
        if (q.topic() != null) {
            sql.append(" AND id IN (SELECT item_id FROM item_tag WHERE tag = :topic)");
        }
        if (q.source() != null) {
            sql.append(" AND source_id = :source");
        }
        if (q.q() != null) {
            sql.append(" AND (LOWER(title) LIKE :q ESCAPE '\\' OR LOWER(body) LIKE :q ESCAPE '\\')");
        }
        sql.append(" ORDER BY id ").append(order).append(" LIMIT :limit");
        var spec = db.sql(sql.toString()).bind("bound", boundValue).bind("limit", limit);
        if (q.region() != null) {
            spec = spec.bind("region", q.region());
        }
        if (q.topic() != null) {
            spec = spec.bind("topic", q.topic());
        }
        if (q.source() != null) {
            spec = spec.bind("source", q.source());
        }
        if (q.q() != null) {
            spec = spec.bind("q", "%" + likeEscape(q.q().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        return spec;
    }

    private Article read(Readable row) {
        Article a = codec.read(row.get("id", Long.class), row.get("body", String.class), row.get("doc", String.class));
        // documents stored before the fingerprint left the doc still carry one; it is the same as the columns'
        return a.fingerprint() != null ? a : a.toBuilder()
                .fingerprint(fingerprint(row.get("content_hash", String.class), row.get("signature", String.class))).build();
    }

    private static String likeEscape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The guid as the unique key holds it: as given, or a hash of it when it is too long for the column. */
    static String guidKey(String guid) {
        return guid.length() <= 500 ? guid : "sha256:" + Ids.sha256(guid);
    }

    private static String truncate(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
    }
}
