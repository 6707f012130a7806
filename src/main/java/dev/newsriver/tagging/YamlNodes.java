package dev.newsriver.tagging;

import java.io.Reader;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a YAML document as SnakeYAML nodes so that every error can name the line it is about.
 * One instance per file being read; not thread-safe.
 */
final class YamlNodes {
    private final String file;
    private final Map<Node, Node> keyOf = new IdentityHashMap<>();

    YamlNodes(String file) {
        this.file = file;
    }

    Node parse(Reader reader) {
        try {
            Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
            if (root == null) {
                throw new TagRulesException(file, 1, "the file is empty");
            }
            return root;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new TagRulesException(file, line, "not valid YAML: " + e.getProblem(), e);
        } catch (YAMLException e) {
            throw new TagRulesException(file, 0, "not valid YAML: " + e.getMessage(), e);
        }
    }

    /** An error about {@code node}, at the line of its key when it is the value of a mapping entry. */
    TagRulesException fail(Node node, String reason) {
        return new TagRulesException(file, line(node), reason);
    }

    /** The 1-based line of a node, or of its key when it is the value of a mapping entry. */
    int line(Node node) {
        Node at = keyOf.getOrDefault(node, node);
        return at == null || at.getStartMark() == null ? 0 : at.getStartMark().getLine() + 1;
    }

    /** The keys and values of a mapping, in order; fails on other node kinds, duplicate or unknown keys. */
    Map<String, Node> mapping(Node node, String what, Set<String> allowed) {
        if (!(node instanceof MappingNode m)) {
            throw fail(node, what + " must be a mapping");
        }
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple tuple : m.getValue()) {
            String key = scalar(tuple.getKeyNode(), what + " key");
            if (allowed != null && !allowed.contains(key)) {
                throw fail(tuple.getKeyNode(), what + ": unknown key '" + key + "' (expected one of " + allowed + ")");
            }
            keyOf.put(tuple.getValueNode(), tuple.getKeyNode());
            if (out.put(key, tuple.getValueNode()) != null) {
                throw fail(tuple.getKeyNode(), what + ": duplicate key '" + key + "'");
            }
        }
        return out;
    }

    String scalar(Node node, String what) {
        if (!(node instanceof ScalarNode s) || s.getValue().isBlank()) {
            throw fail(node, what + " must be a non-empty text");
        }
        return s.getValue().trim();
    }

    double number(Node node, String what, double min, double max) {
        String text = scalar(node, what);
        try {
            double v = Double.parseDouble(text);
            if (v < min || v > max) {
                throw fail(node, what + " must be between " + min + " and " + max + ", not " + text);
            }
            return v;
        } catch (NumberFormatException e) {
            throw fail(node, what + " must be a number, not '" + text + "'");
        }
    }

    /** A list of texts; a single text counts as a list of one. */
    List<String> strings(Node node, String what) {
        List<String> out = new ArrayList<>();
        for (Node item : items(node, what)) {
            out.add(scalar(item, what + " entry"));
        }
        return out;
    }

    /** The items of a sequence; a single scalar counts as a sequence of one. */
    List<Node> items(Node node, String what) {
        if (node instanceof ScalarNode) {
            return List.of(node);
        }
        if (!(node instanceof SequenceNode s)) {
            throw fail(node, what + " must be a list");
        }
        return s.getValue();
    }
}
