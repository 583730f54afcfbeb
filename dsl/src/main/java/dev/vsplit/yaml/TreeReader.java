package dev.vsplit.yaml;

import dev.vsplit.yaml.Node.ListNode;
import dev.vsplit.yaml.Node.MapNode;
import dev.vsplit.yaml.Node.ScalarNode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads YAML text into {@link Node} trees, one per document, within {@link ReadLimits}.
 *
 * <p>Documents are split on their {@code ---} markers before parsing, so that a broken document
 * is reported and the documents after it are still read.
 */
final class TreeReader {

  /** One document of a file: where it starts, and its tree ({@code null} if empty or unreadable). */
  record Document(int index, Location start, Node root) {}

  private final ReadLimits limits;
  private final YAMLFactory factory;

  TreeReader(ReadLimits limits) {
    this.limits = limits;
    int codePoints = (int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes());
    this.factory =
        YAMLFactory.builder()
            .loadSettings(LoadSettings.builder().setCodePointLimit(codePoints).build())
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(limits.maxDepth() + 8)
                    .maxStringLength(Math.max(limits.maxScalarLength(), 1) + 1)
                    .maxDocumentLength(limits.maxFileBytes())
                    .build())
            .build();
  }

  /** Decodes and parses a whole file; every problem goes to {@code problems}. */
  List<Document> read(String file, byte[] bytes, List<YamlProblem> problems) {
    if (bytes.length > limits.maxFileBytes()) {
      problems.add(new YamlProblem(Location.of(file, 0), "",
          "file is " + bytes.length + " bytes, more than the limit of " + limits.maxFileBytes()
              + " bytes; raise it with the maxFileBytes limit if the file is meant to be this large"));
      return List.of();
    }
    String text = decode(file, bytes, problems);
    if (text == null) {
      return List.of();
    }
    return readText(file, text, problems);
  }

  List<Document> readText(String file, String text, List<YamlProblem> problems) {
    List<Document> documents = new ArrayList<>();
    int index = 0;
    for (Chunk chunk : split(text)) {
      Location start = new Location(file, chunk.firstLine(), 1);
      Node root = chunk.blank() ? null : parse(file, chunk, problems);
      if (!chunk.blank()) {
        documents.add(new Document(index, start, root));
      }
      index++;
    }
    return documents;
  }

  // ---------------------------------------------------------------------------------------------
  // decoding

  private static String decode(String file, byte[] bytes, List<YamlProblem> problems) {
    int offset = 0;
    java.nio.charset.Charset charset = StandardCharsets.UTF_8;
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
      offset = 3; // UTF-8 byte-order mark: allowed by YAML, dropped here.
    } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
      offset = 2;
      charset = StandardCharsets.UTF_16BE;
    } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
      offset = 2;
      charset = StandardCharsets.UTF_16LE;
    }
    CharsetDecoder decoder =
        charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    try {
      return decoder.decode(in).toString();
    } catch (MalformedInputException e) {
      int bad = in.position();
      int line = 1;
      for (int i = offset; i < bad && i < bytes.length; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      problems.add(new YamlProblem(Location.of(file, line), "",
          "invalid " + charset.name() + ": byte 0x" + String.format("%02X", bytes[Math.min(bad, bytes.length - 1)] & 0xff)
              + " at offset " + bad + " is not valid text; save the file as UTF-8"));
      return null;
    } catch (CharacterCodingException e) {
      problems.add(new YamlProblem(Location.of(file, 0), "", "cannot decode the file as " + charset.name() + ": " + e));
      return null;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // splitting into documents

  private record Chunk(String text, int firstLine, boolean blank) {}

  private static List<Chunk> split(String text) {
    List<Chunk> chunks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int currentFirst = 1;
    boolean blank = true;
    boolean explicitStart = false;
    int lineNo = 0;
    int pos = 0;
    while (pos <= text.length()) {
      int nl = text.indexOf('\n', pos);
      String line = nl < 0 ? text.substring(pos) : text.substring(pos, nl);
      lineNo++;
      boolean start = isMarker(line, "---");
      boolean end = isMarker(line, "...");
      if (start || end) {
        if (!blank || explicitStart) {
          chunks.add(new Chunk(current.toString(), currentFirst, blank));
        }
        current.setLength(0);
        currentFirst = lineNo;
        blank = true;
        explicitStart = start;
        // Keep the columns and the rest of the line ("--- {a: 1}"): only the marker is blanked.
        String rest = line.substring(3);
        current.append("   ").append(rest).append('\n');
        if (!isBlankOrComment(rest)) {
          blank = false;
        }
      } else {
        if (current.length() == 0) {
          currentFirst = lineNo;
        }
        current.append(line).append('\n');
        if (!isBlankOrComment(line) && !line.startsWith("%")) {
          blank = false;
        }
      }
      if (nl < 0) {
        break;
      }
      pos = nl + 1;
    }
    if (!blank) {
      chunks.add(new Chunk(current.toString(), currentFirst, false));
    }
    return chunks;
  }

  private static boolean isMarker(String line, String marker) {
    return line.startsWith(marker)
        && (line.length() == 3 || line.charAt(3) == ' ' || line.charAt(3) == '\t' || line.charAt(3) == '\r');
  }

  private static boolean isBlankOrComment(String line) {
    String t = line.strip();
    return t.isEmpty() || t.startsWith("#");
  }

  // ---------------------------------------------------------------------------------------------
  // parsing one document

  /** Thrown inside {@link #parse} to abandon a document that broke a limit. */
  private static final class LimitExceeded extends RuntimeException {
    final YamlProblem problem;

    LimitExceeded(YamlProblem problem) {
      super(problem.message(), null, false, false);
      this.problem = problem;
    }
  }

  private Node parse(String file, Chunk chunk, List<YamlProblem> problems) {
    int lineOffset = chunk.firstLine() - 1;
    Map<String, Node> anchors = new HashMap<>();
    Map<Node, Long> sizes = new IdentityHashMap<>();
    long[] aliasBudget = {0, 0}; // aliases used, nodes added by aliases
    Deque<Object[]> stack = new ArrayDeque<>(); // {container Node, pending key, anchor}
    Node root = null;
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), chunk.text())) {
      YAMLParser yaml = (YAMLParser) p;
      String pendingKey = null;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        Location at = location(file, p.currentTokenLocation(), lineOffset);
        Node node = null;
        switch (t) {
          case PROPERTY_NAME -> {
            pendingKey = p.currentName();
            MapNode map = (MapNode) stack.peek()[0];
            if (map.entries().containsKey(pendingKey)) {
              Location first = map.keyLocations().get(pendingKey);
              problems.add(new YamlProblem(at, pathOf(stack, pendingKey),
                  "duplicate key \"" + pendingKey + "\" (first written at line " + first.line()
                      + "); Kubernetes refuses the file; keep one of them"));
            }
            map.keyLocations().put(pendingKey, at);
            stack.peek()[1] = pendingKey;
            continue;
          }
          case START_OBJECT, START_ARRAY -> {
            if (stack.size() >= limits.maxDepth()) {
              throw new LimitExceeded(new YamlProblem(at, pathOf(stack, null),
                  "nesting deeper than " + limits.maxDepth() + " levels; no Istio resource is this deep"));
            }
            Node container = t == JsonToken.START_OBJECT ? new MapNode(at) : new ListNode(new ArrayList<>(), at);
            String anchor = yaml.getObjectId();
            stack.push(new Object[] {container, null, anchor});
            continue;
          }
          case END_OBJECT, END_ARRAY -> {
            Object[] frame = stack.pop();
            node = (Node) frame[0];
            if (frame[2] != null) {
              anchors.put((String) frame[2], node);
            }
          }
          default -> {
            if (yaml.isCurrentAlias()) {
              String name = p.getString();
              node = anchors.get(name);
              if (node == null) {
                problems.add(new YamlProblem(at, pathOf(stack, null), "alias *" + name + " refers to no anchor &" + name));
                node = new ScalarNode(null, at);
              } else {
                long added = size(node, sizes);
                aliasBudget[0]++;
                aliasBudget[1] += added;
                if (aliasBudget[0] > limits.maxAliases() || aliasBudget[1] > limits.maxAliasExpansion()) {
                  throw new LimitExceeded(new YamlProblem(at, pathOf(stack, null),
                      "too many aliases: " + aliasBudget[0] + " aliases expanding to " + aliasBudget[1]
                          + " nodes exceed the limits (" + limits.maxAliases() + " aliases, "
                          + limits.maxAliasExpansion() + " nodes); this looks like a \"billion laughs\" document"));
                }
              }
            } else {
              node = new ScalarNode(scalar(p, t), at);
              if (node instanceof ScalarNode s && s.value() instanceof String str && str.length() > limits.maxScalarLength()) {
                throw new LimitExceeded(new YamlProblem(at, pathOf(stack, null),
                    "a string of " + str.length() + " characters is longer than the limit of " + limits.maxScalarLength()));
              }
              String anchor = yaml.getObjectId();
              if (anchor != null) {
                anchors.put(anchor, node);
              }
            }
          }
        }
        if (stack.isEmpty()) {
          if (root != null) {
            problems.add(new YamlProblem(at, "", "more than one value in one document"));
            return null;
          }
          root = node;
        } else {
          Object[] frame = stack.peek();
          if (frame[0] instanceof MapNode map) {
            map.entries().put((String) frame[1], node);
          } else {
            ((ListNode) frame[0]).items().add(node);
          }
        }
      }
      return root;
    } catch (LimitExceeded e) {
      problems.add(e.problem);
      return null;
    } catch (JacksonException e) {
      problems.add(new YamlProblem(syntaxLocation(file, e, lineOffset), "", syntaxMessage(e)));
      return null;
    } catch (RuntimeException e) {
      // snakeyaml-engine reports some malformed input with its own unchecked exceptions.
      problems.add(new YamlProblem(new Location(file, chunk.firstLine(), 0), "", "cannot parse YAML: " + firstLine(e.getMessage())));
      return null;
    }
  }

  private static Object scalar(JsonParser p, JsonToken t) {
    return switch (t) {
      case VALUE_NULL -> null;
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getNumberValue();
      default -> p.getString();
    };
  }

  private static long size(Node node, Map<Node, Long> sizes) {
    Long known = sizes.get(node);
    if (known != null) {
      return known;
    }
    long size = 1;
    if (node instanceof MapNode m) {
      for (Node child : m.entries().values()) {
        size += size(child, sizes);
      }
    } else if (node instanceof ListNode l) {
      for (Node child : l.items()) {
        size += size(child, sizes);
      }
    }
    sizes.put(node, size);
    return size;
  }

  private static String pathOf(Deque<Object[]> stack, String lastKey) {
    StringBuilder path = new StringBuilder();
    var it = stack.descendingIterator();
    while (it.hasNext()) {
      Object[] frame = it.next();
      if (frame[0] instanceof MapNode) {
        String key = frame == stack.peek() && lastKey != null ? lastKey : (String) frame[1];
        if (key != null) {
          Paths.appendKey(path, key);
        }
      } else {
        Paths.appendIndex(path, ((ListNode) frame[0]).items().size());
      }
    }
    return path.toString();
  }

  private static Location location(String file, TokenStreamLocation loc, int lineOffset) {
    if (loc == null || loc.getLineNr() <= 0) {
      return new Location(file, lineOffset + 1, 0);
    }
    return new Location(file, loc.getLineNr() + lineOffset, loc.getColumnNr());
  }

  /** snakeyaml's problem mark (where the bad character is), else Jackson's location. */
  private static Location syntaxLocation(String file, JacksonException e, int lineOffset) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYamlEngineException marked && marked.getProblemMark().isPresent()) {
        Mark mark = marked.getProblemMark().get();
        return new Location(file, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
      }
    }
    return location(file, e.getLocation(), lineOffset);
  }

  private static String syntaxMessage(JacksonException e) {
    String message = e.getOriginalMessage();
    if (message == null) {
      return "cannot parse YAML";
    }
    // snakeyaml's messages carry a snippet with an "in reader, line N" that counts within the
    // document; the location printed before the message is the one that counts.
    StringBuilder out = new StringBuilder();
    for (String line : message.split("\n")) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("in reader") || l.startsWith("^") || line.startsWith("    ")) {
        continue;
      }
      if (out.length() > 0) {
        out.append("; ");
      }
      out.append(l);
    }
    String text = out.toString();
    if (text.contains("\\t(TAB)")) {
      return "YAML syntax error: a tab is used for indentation; YAML allows only spaces there";
    }
    return "YAML syntax error: " + text;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
