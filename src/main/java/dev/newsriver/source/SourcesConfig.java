package dev.newsriver.source;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads and validates {@code feeds/sources.yml}: a top-level {@code sources:} list of entries with
 * {@code id}, {@code type: feed|folder}, {@code url} or {@code path}, and optional {@code interval},
 * {@code name}, {@code tags}. A bad entry becomes a problem naming the file, line, field and reason,
 * and the other entries still load. Stateless; thread-safe.
 */
public final class SourcesConfig {

    private static final Set<String> FIELDS = Set.of("id", "type", "url", "path", "interval", "name", "tags");

    /** The entries that passed validation and one message per problem found. */
    public record Parsed(List<SourceConfig> entries, List<String> problems) {
        public Parsed {
            entries = List.copyOf(entries);
            problems = List.copyOf(problems);
        }
    }

    private SourcesConfig() {
    }

    /** Parses {@code file}; a missing or unparseable file gives no entries and one problem. */
    public static Parsed parse(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
            return parse(file.toString(), root);
        } catch (IOException e) {
            return new Parsed(List.of(), List.of(file + ": cannot read: " + e));
        } catch (RuntimeException e) {
            return new Parsed(List.of(), List.of(file + ": not valid YAML: " + String.valueOf(e.getMessage()).replaceAll("\\s+", " ")));
        }
    }

    private static Parsed parse(String file, Node root) {
        List<String> problems = new ArrayList<>();
        Node list = root instanceof MappingNode map ? field(map, "sources") : null;
        if (!(list instanceof SequenceNode seq)) {
            int line = root == null ? 1 : line(root);
            return new Parsed(List.of(), List.of(file + ":" + line + ": expected a top-level 'sources:' list"));
        }
        List<SourceConfig> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Node node : seq.getValue()) {
            try {
                SourceConfig entry = entry(node);
                Integer first = seen.putIfAbsent(entry.id(), entry.line());
                if (first != null) {
                    throw new EntryException(node, "id", "duplicate id '" + entry.id() + "' (first on line " + first + ")");
                }
                entries.add(entry);
            } catch (EntryException e) {
                problems.add(file + ":" + line(e.node) + ": field '" + e.field + "': " + e.getMessage() + "; entry skipped");
            }
        }
        return new Parsed(entries, problems);
    }

    private static SourceConfig entry(Node node) {
        if (!(node instanceof MappingNode map)) {
            throw new EntryException(node, "-", "expected a mapping like {id: …, type: feed, url: …}");
        }
        for (NodeTuple t : map.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
            if (!FIELDS.contains(key)) {
                throw new EntryException(t.getKeyNode(), key, "unknown field (known: " + FIELDS + ")");
            }
        }
        String id = required(map, "id");
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw new EntryException(field(map, "id"), "id", "'" + id + "' must be letters, digits, '.', '_' or '-'");
        }
        SourceConfig.Type type = type(map);
        String location = required(map, type == SourceConfig.Type.FEED ? "url" : "path");
        if (type == SourceConfig.Type.FEED) {
            checkUrl(map, location);
        }
        String other = type == SourceConfig.Type.FEED ? "path" : "url";
        if (field(map, other) != null) {
            throw new EntryException(field(map, other), other, "not allowed for type " + type.name().toLowerCase(Locale.ROOT));
        }
        return new SourceConfig(id, type, location, interval(map), optional(map, "name"), tags(map), line(node));
    }

    private static void checkUrl(MappingNode map, String url) {
        String reason;
        try {
            java.net.URI uri = new java.net.URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            reason = switch (scheme) {
                case "http", "https" -> uri.getHost() == null ? "'" + url + "' has no host" : null;
                case "file" -> null;
                default -> "'" + url + "' must be http, https or file:";
            };
        } catch (java.net.URISyntaxException e) {
            reason = "'" + url + "' is not a URL: " + e.getReason();
        }
        if (reason != null) {
            throw new EntryException(field(map, "url"), "url", reason);
        }
    }

    private static SourceConfig.Type type(MappingNode map) {
        String type = required(map, "type");
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "feed" -> SourceConfig.Type.FEED;
            case "folder" -> SourceConfig.Type.FOLDER;
            default -> throw new EntryException(field(map, "type"), "type", "unknown type '" + type + "' (feed or folder)");
        };
    }

    private static Duration interval(MappingNode map) {
        String text = optional(map, "interval");
        if (text == null) {
            return null;
        }
        try {
            Duration d = Intervals.parse(text);
            if (d.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new IllegalArgumentException("must be at least 1s");
            }
            return d;
        } catch (IllegalArgumentException e) {
            throw new EntryException(field(map, "interval"), "interval", e.getMessage());
        }
    }

    private static List<String> tags(MappingNode map) {
        Node node = field(map, "tags");
        if (node == null) {
            return List.of();
        }
        if (node instanceof ScalarNode s) {
            return List.of(s.getValue());
        }
        List<String> tags = new ArrayList<>();
        if (node instanceof SequenceNode seq) {
            for (Node n : seq.getValue()) {
                if (!(n instanceof ScalarNode s)) {
                    throw new EntryException(n, "tags", "expected a list of words");
                }
                tags.add(s.getValue());
            }
            return tags;
        }
        throw new EntryException(node, "tags", "expected a list of words");
    }

    private static String required(MappingNode map, String key) {
        String value = optional(map, key);
        if (value == null || value.isBlank()) {
            throw new EntryException(map, key, "missing");
        }
        return value.trim();
    }

    private static String optional(MappingNode map, String key) {
        Node node = field(map, key);
        if (node == null) {
            return null;
        }
        if (!(node instanceof ScalarNode s)) {
            throw new EntryException(node, key, "expected a single value");
        }
        return s.getValue();
    }

    private static Node field(MappingNode map, String key) {
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) {
                return t.getValueNode();
            }
        }
        return null;
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    /** A problem with one entry, carrying the node where it was found. */
    private static final class EntryException extends RuntimeException {
        private final transient Node node;
        private final String field;

        EntryException(Node node, String field, String reason) {
            super(reason, null, false, false);
            this.node = node;
            this.field = field;
        }
    }
}
