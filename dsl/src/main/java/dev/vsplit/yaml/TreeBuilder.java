package dev.vsplit.yaml;

import dev.vsplit.base.FieldPath;
import dev.vsplit.base.Location;
import dev.vsplit.yaml.Node.ListNode;
import dev.vsplit.yaml.Node.MapNode;
import dev.vsplit.yaml.Node.ScalarNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Builds the {@link Node} tree of one document from its parser's tokens, each node at its line:
 * anchors and aliases resolved (within the alias limits, against "billion laughs" documents), merge
 * keys applied, duplicate keys reported with both lines, nesting and string length bounded. One
 * builder per document.
 */
final class TreeBuilder {

  /** A map or list being filled. */
  private static final class Frame {
    final Node container;
    final String anchor;

    /** The key whose value comes next, in a map. */
    String key;

    /** Whether the map has a merge key ({@code <<} written without quotes). */
    boolean mergeKey;

    Frame(Node container, String anchor) {
      this.container = container;
      this.anchor = anchor;
    }
  }

  /** Thrown to abandon a document that broke a limit. */
  private static final class LimitExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient YamlProblem problem;

    LimitExceeded(YamlProblem problem) {
      super(problem.message(), null, false, false);
      this.problem = problem;
    }
  }

  private final String file;
  private final DocumentSplitter.Chunk chunk;
  private final ReadLimits limits;
  private final String duplicateKeys;
  private final List<YamlProblem> problems;
  private final Map<String, Node> anchors = new HashMap<>();
  private final IdentityHashMap<Node, Long> sizes = new IdentityHashMap<>();

  /** Aliases to no anchor, already reported: a merge key given one says nothing more. */
  private final Set<Node> unresolved = Collections.newSetFromMap(new IdentityHashMap<>());

  private final Deque<Frame> stack = new ArrayDeque<>();
  private long aliases;
  private long aliasNodes;

  /** Where the last token read is. */
  private Location at;

  private TreeBuilder(
      String file,
      DocumentSplitter.Chunk chunk,
      ReadLimits limits,
      String duplicateKeys,
      List<YamlProblem> problems) {
    this.file = file;
    this.chunk = chunk;
    this.limits = limits;
    this.duplicateKeys = duplicateKeys;
    this.problems = problems;
    this.at = new Location(file, chunk.firstLine(), 0);
  }

  /**
   * The tree of one document, or {@code null} when it has a problem of its own (syntax, a limit, a
   * duplicate key, an unknown alias): such a document is reported in {@code problems}, not read.
   *
   * @param duplicateKeys why a duplicate key is a mistake, for its message
   */
  static Node build(
      String file,
      DocumentSplitter.Chunk chunk,
      YamlParsers parsers,
      ReadLimits limits,
      String duplicateKeys,
      List<YamlProblem> problems) {
    int before = problems.size();
    Node root = new TreeBuilder(file, chunk, limits, duplicateKeys, problems).parse(parsers);
    return problems.size() == before ? root : null;
  }

  private Node parse(YamlParsers parsers) {
    YamlProblem forbidden = ForbiddenCharacters.first(file, chunk);
    if (forbidden != null) {
      problems.add(forbidden);
      return null;
    }
    int lineOffset = chunk.firstLine() - 1;
    Node root = null;
    try (YamlParsers.Parser p = parsers.open(chunk.text())) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        at = YamlParsers.location(file, p.currentTokenLocation(), lineOffset);
        Node node;
        switch (t) {
          case PROPERTY_NAME -> {
            key(p.currentName(), p.lastScalarIsPlain());
            continue;
          }
          case START_OBJECT, START_ARRAY -> {
            open(t, p.getObjectId());
            continue;
          }
          case END_OBJECT, END_ARRAY -> node = close();
          default -> node = p.isCurrentAlias() ? alias(p.getString()) : scalar(p, t);
        }
        if (stack.isEmpty()) {
          if (root != null) {
            problems.add(new YamlProblem(at, "", "more than one value in one document"));
            return null;
          }
          root = node;
        } else {
          add(stack.peek(), node);
        }
      }
      return root;
    } catch (LimitExceeded e) {
      problems.add(e.problem);
      return null;
    } catch (StreamConstraintsException e) {
      Location where =
          e.getLocation() == null ? at : YamlParsers.location(file, e.getLocation(), lineOffset);
      problems.add(ParseErrors.overLimit(e, where, pathOf(null), limits));
      return null;
    } catch (JacksonException e) {
      problems.add(ParseErrors.syntax(e, file, chunk, at));
      return null;
    } catch (RuntimeException e) {
      problems.add(ParseErrors.unexpected(e, at));
      return null;
    }
  }

  /** A key of the map being filled: a duplicate is reported, and the parse goes on. */
  private void key(String key, boolean plain) {
    Frame frame = stack.peek();
    MapNode map = (MapNode) frame.container;
    if (map.entries().containsKey(key)) {
      Location first = map.keyLocations().get(key);
      problems.add(
          new YamlProblem(
              at,
              pathOf(key),
              "duplicate key \""
                  + key
                  + "\" (first written at line "
                  + first.line()
                  + "); "
                  + duplicateKeys
                  + "; keep one of them"));
    }
    map.keyLocations().put(key, at);
    frame.key = key;
    if (key.equals(MergeKeys.MERGE_KEY) && plain) {
      frame.mergeKey = true; // a quoted "<<" is an ordinary key
    }
  }

  private void open(JsonToken t, String anchor) {
    if (stack.size() >= limits.maxDepth()) {
      throw new LimitExceeded(
          YamlProblem.overLimit(at, pathOf(null), ParseErrors.tooDeep(limits), "maxDepth"));
    }
    Node container =
        t == JsonToken.START_OBJECT ? new MapNode(at) : new ListNode(new ArrayList<>(), at);
    stack.push(new Frame(container, anchor));
  }

  /** The map or list just finished: its merge key applied, its anchor recorded. */
  private Node close() {
    Frame frame = stack.pop();
    Node node = frame.container;
    if (node instanceof MapNode map && frame.mergeKey) {
      node = MergeKeys.apply(map, pathOf(null), unresolved, problems);
    }
    if (frame.anchor != null) {
      anchors.put(frame.anchor, node);
    }
    return node;
  }

  /**
   * The node an alias names, within the alias limits; a null scalar, reported, when it names none.
   */
  private Node alias(String name) {
    Node node = anchors.get(name);
    if (node == null) {
      problems.add(
          new YamlProblem(at, pathOf(null), "alias *" + name + " refers to no anchor &" + name));
      node = new ScalarNode(null, at);
      unresolved.add(node);
      return node;
    }
    aliases++;
    aliasNodes += size(node);
    if (aliases > limits.maxAliases() || aliasNodes > limits.maxAliasExpansion()) {
      throw new LimitExceeded(
          YamlProblem.overLimit(
              at,
              pathOf(null),
              "too many aliases: "
                  + aliases
                  + " aliases expanding to "
                  + aliasNodes
                  + " nodes exceed the limits ("
                  + limits.maxAliases()
                  + " aliases, "
                  + limits.maxAliasExpansion()
                  + " nodes); this looks like a \"billion laughs\" document",
              aliases > limits.maxAliases() ? "maxAliases" : "maxAliasExpansion"));
    }
    return node;
  }

  private Node scalar(YamlParsers.Parser p, JsonToken t) {
    Object value =
        switch (t) {
          case VALUE_NULL -> null;
          case VALUE_TRUE -> true;
          case VALUE_FALSE -> false;
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getNumberValue();
          default -> p.getString();
        };
    if (value instanceof String str && str.length() > limits.maxScalarLength()) {
      throw new LimitExceeded(
          YamlProblem.overLimit(at, pathOf(null), ParseErrors.tooLong(limits), "maxScalarLength"));
    }
    Node node = new ScalarNode(value, at);
    String anchor = p.scalarAnchor();
    if (anchor != null) {
      anchors.put(anchor, node);
    }
    return node;
  }

  private static void add(Frame frame, Node node) {
    if (frame.container instanceof MapNode map) {
      map.entries().put(frame.key, node);
    } else {
      ((ListNode) frame.container).items().add(node);
    }
  }

  /** The number of nodes in the tree of {@code node}, each shared subtree counted once per use. */
  private long size(Node node) {
    Long known = sizes.get(node);
    if (known != null) {
      return known;
    }
    long size = 1;
    if (node instanceof MapNode m) {
      for (Node child : m.entries().values()) {
        size += size(child);
      }
    } else if (node instanceof ListNode l) {
      for (Node child : l.items()) {
        size += size(child);
      }
    }
    sizes.put(node, size);
    return size;
  }

  /**
   * The path of the value being read; {@code lastKey}, when given, in place of the innermost map's
   * key.
   */
  private String pathOf(String lastKey) {
    StringBuilder path = new StringBuilder();
    Iterator<Frame> it = stack.descendingIterator();
    while (it.hasNext()) {
      Frame frame = it.next();
      if (frame.container instanceof MapNode) {
        String key = frame == stack.peek() && lastKey != null ? lastKey : frame.key;
        if (key != null) {
          FieldPath.appendKey(path, key);
        }
      } else {
        FieldPath.appendIndex(path, ((ListNode) frame.container).items().size());
      }
    }
    return path.toString();
  }
}
