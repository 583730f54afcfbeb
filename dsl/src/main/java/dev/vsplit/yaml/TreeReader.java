package dev.vsplit.yaml;

import dev.vsplit.base.FieldPath;
import dev.vsplit.base.Location;
import dev.vsplit.yaml.Node.ListNode;
import dev.vsplit.yaml.Node.MapNode;
import dev.vsplit.yaml.Node.ScalarNode;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLFactoryBuilder;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads YAML text into {@link Node} trees, one per document, within {@link ReadLimits}.
 *
 * <p>Documents are split on their {@code ---} markers before parsing, so that a broken document
 * is reported and the documents after it are still read. Scalars are resolved by the YAML 1.2
 * core schema ({@code True} and {@code ~} are a boolean and a null, as for kubectl; {@code yes}
 * is a string). Merge keys ({@code <<: *defaults}), which kubectl's YAML 1.1 reader applies, are
 * applied too.
 */
final class TreeReader {

  /** One document of a file: where it starts, and its tree ({@code null} if empty or unreadable). */
  record Document(int index, Location start, Node root) {}

  /**
   * snakeyaml-engine copies its read window at every refill, which costs time in the square of
   * the longest line: with its default buffer of 1024 a single 5 MB line takes seconds. A buffer
   * as large as the document (up to 1 MiB) avoids the refills. But every parser allocates its
   * whole buffer (chars and code points, five bytes a slot), so a buffer larger than the document
   * costs for nothing: a file of 200 000 one-line documents spent most of a minute allocating
   * 64 KiB buffers. Each document gets the smallest power of two that holds it, from 1 KiB.
   */
  private static final int MIN_BUFFER_BITS = 10;
  private static final int MAX_BUFFER_BITS = 20;

  private final ReadLimits limits;
  /** Factories by buffer size, {@code 1 << (MIN_BUFFER_BITS + i)}, made when first needed. */
  private final YAMLFactory[] factories = new YAMLFactory[MAX_BUFFER_BITS - MIN_BUFFER_BITS + 1];

  TreeReader(ReadLimits limits) {
    this.limits = limits;
  }

  private YAMLFactory factory(int bufferSize) {
    int codePoints = (int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes());
    return new AnchorReportingFactory(YAMLFactory.builder()
        .loadSettings(LoadSettings.builder()
            .setCodePointLimit(codePoints)
            .setBufferSize(bufferSize)
            .setSchema(new CoreSchema())
            .build())
        // Duplicate keys are reported by parse(), with both lines, and the parse goes on.
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth() + 8)
                .maxStringLength(Math.max(limits.maxScalarLength(), 1) + 1)
                .maxDocumentLength(limits.maxFileBytes())
                .build()));
  }

  /** Creates {@link AnchorReportingParser}s. */
  private static final class AnchorReportingFactory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    AnchorReportingFactory(YAMLFactoryBuilder builder) {
      super(builder);
    }

    @Override
    protected YAMLParser _createParser(ObjectReadContext ctxt, IOContext io, Reader in) {
      return new AnchorReportingParser(ctxt, io, _getBufferRecycler(), ctxt.getStreamReadFeatures(_streamReadFeatures),
          ctxt.getFormatReadFeatures(_formatReadFeatures), _loadSettings, in);
    }
  }

  /**
   * Jackson 3.3's YAMLParser reports the anchor of a map or a list ({@code getObjectId()}) but
   * not of a scalar: {@code host: &h reviews} then {@code *h} would be an alias to nothing.
   */
  private static final class AnchorReportingParser extends YAMLParser {
    AnchorReportingParser(ObjectReadContext ctxt, IOContext io, BufferRecycler recycler, int streamFeatures,
        int formatFeatures, LoadSettings settings, Reader in) {
      super(ctxt, io, recycler, streamFeatures, formatFeatures, settings, in, false);
    }

    /** Whether the scalar just read (a value or a key) was written without quotes. */
    boolean lastScalarIsPlain() {
      return _lastEvent instanceof ScalarEvent scalar && scalar.isPlain();
    }

    /** The anchor of the scalar just read, or {@code null}. */
    String scalarAnchor() {
      return _lastEvent instanceof ScalarEvent scalar ? scalar.getAnchor().map(Anchor::getValue).orElse(null) : null;
    }
  }

  private YAMLFactory factoryFor(String text) {
    int bits = Math.max(MIN_BUFFER_BITS, 32 - Integer.numberOfLeadingZeros(text.length()));
    int i = Math.min(bits, MAX_BUFFER_BITS) - MIN_BUFFER_BITS;
    if (factories[i] == null) {
      factories[i] = factory(1 << (i + MIN_BUFFER_BITS));
    }
    return factories[i];
  }

  /** Decodes and parses a whole file; every problem goes to {@code problems}. */
  List<Document> read(String file, byte[] bytes, List<YamlProblem> problems) {
    if (bytes.length > limits.maxFileBytes()) {
      problems.add(YamlProblem.overLimit(Location.of(file, 0), "", tooLarge(bytes.length, limits), "maxFileBytes"));
      return List.of();
    }
    String text = decode(file, bytes, problems);
    if (text == null) {
      return List.of();
    }
    return readText(file, text, problems);
  }

  static String tooLarge(long size, ReadLimits limits) {
    return "the file is " + size + " bytes, more than the limit of " + limits.maxFileBytes()
        + " bytes (maxFileBytes)";
  }

  List<Document> readText(String file, String text, List<YamlProblem> problems) {
    List<Document> documents = new ArrayList<>();
    int index = 0;
    for (Chunk chunk : split(loneCarriageReturnsAsNewlines(text))) {
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
        if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n')) {
          line++; // \n, \r\n or a lone \r, as the lines of a readable file are counted
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

  /**
   * A line break written as a lone {@code \r} (old Mac files) as {@code \n}. YAML reads all three
   * forms as one line break and folds them to {@code \n} in values, so nothing read changes; but
   * the document splitting and every line count here go by {@code \n}, and without this a file of
   * CR line ends was one line of many documents, its problems reported at lines of the YAML parser's
   * count, twice for one mistake. {@code \r\n} stays as written.
   */
  static String loneCarriageReturnsAsNewlines(String text) {
    if (text.indexOf('\r') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n') ? '\n' : c);
    }
    return out.toString();
  }

  /** Lines of one document; {@code markerLine} tells that it starts with a {@code ---} line. */
  private record Chunk(String text, int firstLine, boolean blank, boolean markerLine) {}

  private static List<Chunk> split(String text) {
    List<Chunk> chunks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int currentFirst = 1;
    boolean blank = true;
    boolean explicitStart = false;
    int lineNo = 0;
    int pos = 0;
    while (pos < text.length()) {
      int nl = text.indexOf('\n', pos);
      String line = nl < 0 ? text.substring(pos) : text.substring(pos, nl);
      // Line breaks are kept as written: "|+" keeps trailing ones, so adding one changes a value.
      String eol = nl < 0 ? "" : "\n";
      lineNo++;
      boolean start = isMarker(line, "---");
      boolean end = isMarker(line, "...");
      if (start || end) {
        if (!blank || explicitStart) {
          chunks.add(new Chunk(current.toString(), currentFirst, blank, explicitStart));
        }
        current.setLength(0);
        currentFirst = lineNo;
        blank = true;
        explicitStart = start;
        String rest = line.substring(3);
        // A "---" line stays as written: YAML decides what may follow it ("--- {a: 1}" may,
        // "--- a: 1" may not). A "..." line only ends the document before it: blanked.
        current.append(start ? line : "   " + rest).append(eol);
        if (!isBlankOrComment(rest)) {
          blank = false;
        }
      } else {
        if (current.length() == 0) {
          currentFirst = lineNo;
        }
        current.append(line).append(eol);
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
      chunks.add(new Chunk(current.toString(), currentFirst, false, explicitStart));
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

  /**
   * Parses one document. Returns {@code null} when it has a problem of its own (syntax, a limit,
   * a duplicate key, an unknown alias): such a document is reported, not read.
   */
  private Node parse(String file, Chunk chunk, List<YamlProblem> problems) {
    int before = problems.size();
    Node root = parseTree(file, chunk, problems);
    return problems.size() == before ? root : null;
  }

  private Node parseTree(String file, Chunk chunk, List<YamlProblem> problems) {
    int lineOffset = chunk.firstLine() - 1;
    YamlProblem unprintable = unprintable(file, chunk);
    if (unprintable != null) {
      problems.add(unprintable);
      return null;
    }
    Map<String, Node> anchors = new HashMap<>();
    Map<Node, Long> sizes = new IdentityHashMap<>();
    // Aliases to no anchor, already reported: a merge key given one says nothing more.
    Set<Node> unresolved = Collections.newSetFromMap(new IdentityHashMap<>());
    long[] aliasBudget = {0, 0}; // aliases used, nodes added by aliases
    Deque<Object[]> stack = new ArrayDeque<>(); // {container Node, pending key, anchor, has a merge key}
    Node root = null;
    Location at = new Location(file, chunk.firstLine(), 0); // of the last token read
    try (JsonParser p = factoryFor(chunk.text()).createParser(ObjectReadContext.empty(), new StringReader(chunk.text()))) {
      AnchorReportingParser yaml = (AnchorReportingParser) p;
      String pendingKey = null;
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        at = location(file, p.currentTokenLocation(), lineOffset);
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
            if (pendingKey.equals(MERGE_KEY) && yaml.lastScalarIsPlain()) {
              stack.peek()[3] = Boolean.TRUE; // a quoted "<<" is an ordinary key
            }
            continue;
          }
          case START_OBJECT, START_ARRAY -> {
            if (stack.size() >= limits.maxDepth()) {
              throw new LimitExceeded(YamlProblem.overLimit(at, pathOf(stack, null),
                  "nesting deeper than " + limits.maxDepth() + " levels; no Istio resource is this deep", "maxDepth"));
            }
            Node container = t == JsonToken.START_OBJECT ? new MapNode(at) : new ListNode(new ArrayList<>(), at);
            String anchor = yaml.getObjectId();
            stack.push(new Object[] {container, null, anchor, Boolean.FALSE});
            continue;
          }
          case END_OBJECT, END_ARRAY -> {
            Object[] frame = stack.pop();
            node = (Node) frame[0];
            if (node instanceof MapNode map && Boolean.TRUE.equals(frame[3])) {
              node = merge(map, pathOf(stack, null), unresolved, problems);
            }
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
                unresolved.add(node);
              } else {
                long added = size(node, sizes);
                aliasBudget[0]++;
                aliasBudget[1] += added;
                if (aliasBudget[0] > limits.maxAliases() || aliasBudget[1] > limits.maxAliasExpansion()) {
                  throw new LimitExceeded(YamlProblem.overLimit(at, pathOf(stack, null),
                      "too many aliases: " + aliasBudget[0] + " aliases expanding to " + aliasBudget[1]
                          + " nodes exceed the limits (" + limits.maxAliases() + " aliases, "
                          + limits.maxAliasExpansion() + " nodes); this looks like a \"billion laughs\" document",
                      aliasBudget[0] > limits.maxAliases() ? "maxAliases" : "maxAliasExpansion"));
                }
              }
            } else {
              node = new ScalarNode(scalar(p, t), at);
              if (node instanceof ScalarNode s && s.value() instanceof String str && str.length() > limits.maxScalarLength()) {
                throw new LimitExceeded(YamlProblem.overLimit(at, pathOf(stack, null), tooLong(), "maxScalarLength"));
              }
              String anchor = yaml.scalarAnchor();
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
    } catch (StreamConstraintsException e) {
      Location where = e.getLocation() == null ? at : location(file, e.getLocation(), lineOffset);
      problems.add(YamlProblem.overLimit(where, pathOf(stack, null), constraintMessage(e), limitOf(e)));
      return null;
    } catch (JacksonException e) {
      Location where = syntaxLocation(e, file, chunk, at);
      String message = syntaxMessage(e);
      if (chunk.markerLine() && where.line() == chunk.firstLine()) {
        message += "; after \"---\" on the same line only a comment, a scalar or a {...}/[...] value may follow:"
            + " start the manifest on the next line";
      }
      if (message.endsWith("while scanning a simple key; could not find expected ':'") && longKeyAt(chunk, where)) {
        // YAML caps a key written without "? " at 1024 characters; the ':' is there, only too far.
        message += "; a key written without \"? \" may be at most 1024 characters long";
      }
      problems.add(new YamlProblem(where, "", message));
      return null;
    } catch (RuntimeException e) {
      // snakeyaml-engine reports some malformed input with its own unchecked exceptions.
      problems.add(new YamlProblem(at, "", "cannot parse YAML: " + firstLine(e.getMessage())));
      return null;
    }
  }

  /** Whether the line of {@code where} has a ':' more than 1024 characters after the start of its key. */
  private static boolean longKeyAt(Chunk chunk, Location where) {
    String[] lines = chunk.text().split("\n", -1);
    int index = where.line() - chunk.firstLine();
    if (index < 0 || index >= lines.length) {
      return false;
    }
    String line = lines[index];
    String key = line.stripLeading();
    int colon = key.indexOf(':', 1024);
    return colon > 0;
  }

  static final String MERGE_KEY = "<<";

  /**
   * Applies a merge key as YAML 1.1 readers (kubectl) do: {@code <<: *base} or
   * {@code <<: [*a, *b]} adds the fields of the merged maps that the map does not set itself,
   * earlier maps first, in place of the {@code <<} entry.
   */
  private static MapNode merge(MapNode map, String path, Set<Node> unresolved, List<YamlProblem> problems) {
    Node source = map.entries().get(MERGE_KEY);
    List<MapNode> sources = new ArrayList<>();
    if (unresolved.contains(source)
        || source instanceof ListNode list && list.items().stream().anyMatch(unresolved::contains)) {
      return map; // its alias is reported already, and the document is not read
    }
    if (source instanceof MapNode m) {
      sources.add(m);
    } else if (source instanceof ListNode l && l.items().stream().allMatch(i -> i instanceof MapNode)) {
      l.items().forEach(i -> sources.add((MapNode) i));
    } else {
      problems.add(new YamlProblem(map.keyLocations().get(MERGE_KEY), FieldPath.key(path, MERGE_KEY),
          "a merge key (<<) takes a map or a list of maps, such as <<: *defaults; got "
              + (source instanceof ScalarNode s && s.value() == null ? "no value" : Node.describe(source))));
      return map;
    }
    MapNode out = new MapNode(map.location());
    for (var e : map.entries().entrySet()) {
      if (!e.getKey().equals(MERGE_KEY)) {
        out.entries().put(e.getKey(), e.getValue());
        out.keyLocations().put(e.getKey(), map.keyLocations().get(e.getKey()));
        continue;
      }
      for (MapNode m : sources) {
        for (var merged : m.entries().entrySet()) {
          String key = merged.getKey();
          if (!map.entries().containsKey(key) && !out.entries().containsKey(key)) {
            out.entries().put(key, merged.getValue());
            out.keyLocations().put(key, m.keyLocations().get(key));
          }
        }
      }
    }
    return out;
  }

  /**
   * The first character YAML does not allow in a document (a control character, a NUL of a
   * UTF-16 file read as UTF-8), located; {@code null} when there is none. snakeyaml reports these
   * at line 1 whatever their place.
   */
  private static YamlProblem unprintable(String file, Chunk chunk) {
    String text = chunk.text();
    int line = chunk.firstLine();
    int lineStart = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (c == '\n') {
        line++;
        lineStart = i + 1;
      } else if (!isPrintable(c)) {
        String what = String.format("U+%04X", c);
        String hint = c == 0
            ? "; a file with NUL characters is not text, or is UTF-16 without a byte-order mark: save it as UTF-8"
            : "; write it as an escape in a double-quoted string (\"\\u" + String.format("%04X", c) + "\") or remove it";
        return new YamlProblem(new Location(file, line, i - lineStart + 1), "",
            "the character " + what + " is not allowed in YAML" + hint);
      }
      i += Character.charCount(c);
    }
    return null;
  }

  /** YAML 1.2's c-printable, plus the byte-order mark. */
  private static boolean isPrintable(int c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0x7E) || c == 0x85
        || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
  }

  private String tooLong() {
    return "a string longer than the limit of " + limits.maxScalarLength()
        + " characters; no Istio field needs one this long (maxScalarLength)";
  }

  /** The read limit a parser constraint stands for, or {@code null} for Jackson's own fixed ones. */
  private static String limitOf(StreamConstraintsException e) {
    String message = String.valueOf(e.getOriginalMessage());
    if (message.startsWith("String value length")) {
      return "maxScalarLength";
    }
    if (message.startsWith("Document length")) {
      return "maxFileBytes";
    }
    return message.contains("nesting depth") ? "maxDepth" : null;
  }

  private String constraintMessage(StreamConstraintsException e) {
    String message = String.valueOf(e.getOriginalMessage());
    if (message.startsWith("String value length")) {
      return tooLong();
    }
    if (message.startsWith("Document length")) {
      return "the document is longer than the limit of " + limits.maxFileBytes() + " characters (maxFileBytes)";
    }
    if (message.startsWith("Name length")) {
      return "a key longer than the limit of " + StreamReadConstraints.DEFAULT_MAX_NAME_LEN + " characters";
    }
    if (message.contains("nesting depth")) {
      return "nesting deeper than " + limits.maxDepth() + " levels; no Istio resource is this deep";
    }
    return "the document exceeds a reading limit: " + firstLine(message);
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
          FieldPath.appendKey(path, key);
        }
      } else {
        FieldPath.appendIndex(path, ((ListNode) frame[0]).items().size());
      }
    }
    return path.toString();
  }

  /**
   * Where snakeyaml found the error (its problem mark); Jackson's own location is where its
   * parser stood, which for a tab used as indentation is the line before. An error at the end of
   * the document ("expected ']' but got stream end") is placed where Jackson stood, the end of
   * the last value, rather than on the next document's marker.
   */
  private static Location syntaxLocation(JacksonException e, String file, Chunk chunk, Location last) {
    int lineOffset = chunk.firstLine() - 1;
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof MarkedYamlEngineException marked && marked.getProblemMark().isPresent()) {
        Mark mark = marked.getProblemMark().get();
        if (mark.getIndex() < chunk.text().stripTrailing().length()) {
          return new Location(file, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
        }
      }
    }
    return e.getLocation() == null ? last : location(file, e.getLocation(), lineOffset);
  }

  private static Location location(String file, TokenStreamLocation loc, int lineOffset) {
    if (loc == null || loc.getLineNr() <= 0) {
      return new Location(file, lineOffset + 1, 0);
    }
    return new Location(file, loc.getLineNr() + lineOffset, loc.getColumnNr());
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
