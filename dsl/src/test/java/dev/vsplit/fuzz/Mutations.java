package dev.vsplit.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Seeded mutations of valid YAML. Each takes the input's bytes and a {@link Random} and returns new
 * bytes; the same seed gives the same mutation. Text mutations work on any input; tree mutations
 * (duplicated, swapped, dropped nodes, type swaps) parse the YAML, change the tree and write it
 * back, and fall back to a text mutation when the input no longer parses.
 */
public final class Mutations {

  /** A named mutation. */
  public interface Mutation {
    String name();

    byte[] apply(byte[] input, Random random);
  }

  private static final YAMLMapper YAML = YAMLMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** YAML punctuation and tokens that change structure or type when inserted anywhere. */
  private static final String[] PUNCTUATION = {
    "---\n",
    "...\n",
    "--- ",
    ": ",
    "- ",
    "? ",
    "{",
    "}",
    "[",
    "]",
    ",",
    "&a ",
    "*a",
    "&b [",
    "*b",
    "<<: ",
    "<<: *a\n",
    "!!str ",
    "!!binary ",
    "!!int ",
    "!foo ",
    "|",
    ">-",
    "|+\n",
    "'",
    "\"",
    "\\",
    "#",
    "%YAML 1.2\n",
    "%TAG ! tag:x,2000:\n",
    "\t",
    "\r",
    "\r\n",
    "\n",
    "~",
    "\uFEFF",
    "\u0085",
    "\u2028",
    "\u0000",
    "0x1F",
    ".inf",
    ".nan",
    "yes",
    "True",
    "\"\\u",
    "\"\\x",
    "kind: List\nitems:\n- ",
    "apiVersion: networking.istio.io/v1\n",
    "kind: VirtualService\n",
    "kind: Gateway\n",
    "metadata: {name: x}\n",
    "delegate: {name: a}\n",
    "hosts: []\n",
    "exportTo: [\"~\", \"*\"]\n",
    "regex: \"(\"\n",
    "prefix: \"\"\n"
  };

  /** Values of every type, for type swaps: wrong types, edge numbers, odd strings. */
  private static final List<JsonNode> VALUES =
      List.of(
          NODES.nullNode(),
          NODES.booleanNode(true),
          NODES.booleanNode(false),
          NODES.numberNode(0),
          NODES.numberNode(-1),
          NODES.numberNode(5),
          NODES.numberNode(80),
          NODES.numberNode(65536),
          NODES.numberNode(Integer.MAX_VALUE),
          NODES.numberNode(Long.MAX_VALUE),
          NODES.numberNode(1.5),
          NODES.numberNode(1e300),
          NODES.numberNode(-0.0),
          NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890")),
          NODES.stringNode(""),
          NODES.stringNode("eighty"),
          NODES.stringNode("*"),
          NODES.stringNode("~"),
          NODES.stringNode("../x"),
          NODES.stringNode("a/b"),
          NODES.stringNode("/abs"),
          NODES.stringNode("UPPER_case"),
          NODES.stringNode("ünïcödé✓"),
          NODES.stringNode("\u202Eevil"),
          NODES.stringNode("x".repeat(300)),
          NODES.stringNode("@request.auth.claims.x"),
          NODES.stringNode("(unclosed"),
          NODES.stringNode("[a-"),
          NODES.stringNode("0s"),
          NODES.stringNode("0.0001ms"),
          NODES.stringNode("1h"),
          NODES.stringNode("-5s"),
          NODES.stringNode("istio-system/gw"),
          NODES.stringNode("mesh"),
          NODES.arrayNode(),
          NODES.objectNode(),
          NODES.arrayNode().add("a").add("a"),
          NODES.objectNode().put("exact", "/"),
          NODES.objectNode().put("prefix", "/").put("regex", ".*"),
          NODES.objectNode().set("delegate", NODES.objectNode().put("name", "x")));

  private static final java.util.Set<String> TREE_NAMES =
      java.util.Set.of("duplicate-node", "swap-nodes", "drop-node", "type-swap");

  private Mutations() {}

  /** Every mutation, in a fixed order (their index is part of a case's replay). */
  public static final List<Mutation> ALL =
      List.of(
          text("flip-bytes", Mutations::flipBytes),
          text("truncate", (b, r) -> Arrays.copyOf(b, b.length == 0 ? 0 : r.nextInt(b.length))),
          text("random-unicode", Mutations::randomUnicode),
          text("punctuation", Mutations::punctuation),
          text("duplicate-lines", Mutations::duplicateLines),
          text("swap-lines", Mutations::swapLines),
          text("reindent-or-drop-line", Mutations::reindentOrDrop),
          text("hostile", Mutations::hostile),
          tree("duplicate-node", Mutations::duplicateNode),
          tree("swap-nodes", Mutations::swapNodes),
          tree("drop-node", Mutations::dropNode),
          tree("type-swap", Mutations::typeSwap));

  /**
   * The mutations that keep the YAML well-formed: they reach the binder and every rule, not only
   * the parser.
   */
  public static final List<Mutation> TREE =
      ALL.stream().filter(m -> TREE_NAMES.contains(m.name())).toList();

  /**
   * One to three mutations chained, of any kind or, in half the cases, only tree mutations (which
   * keep the YAML readable, so that the case reaches the rules); {@code applied} receives their
   * names.
   */
  public static byte[] mutate(byte[] input, Random random, Consumer<String> applied) {
    List<Mutation> from = random.nextBoolean() ? ALL : TREE;
    byte[] out = input;
    for (int n = 1 + random.nextInt(3); n > 0; n--) {
      Mutation m = from.get(random.nextInt(from.size()));
      applied.accept(m.name());
      out = m.apply(out, random);
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // text

  private interface TextOp {
    byte[] apply(byte[] input, Random random);
  }

  private static Mutation text(String name, TextOp op) {
    return new Mutation() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public byte[] apply(byte[] input, Random random) {
        return op.apply(input, random);
      }
    };
  }

  private static byte[] flipBytes(byte[] input, Random random) {
    byte[] b = input.clone();
    for (int f = 1 + random.nextInt(8); f > 0 && b.length > 0; f--) {
      b[random.nextInt(b.length)] = (byte) random.nextInt(256);
    }
    return b;
  }

  private static byte[] randomUnicode(byte[] input, Random random) {
    StringBuilder out = new StringBuilder(utf8(input));
    for (int k = 1 + random.nextInt(6); k > 0; k--) {
      StringBuilder insert = new StringBuilder();
      for (int c = 1 + random.nextInt(4); c > 0; c--) {
        int cp =
            switch (random.nextInt(5)) {
              case 0 -> random.nextInt(0x80);
              case 1 -> random.nextInt(0x800);
              case 2 -> random.nextInt(0xD800);
              case 3 -> 0xE000 + random.nextInt(0x2000); // private use, specials, BOM, U+FFFE/FFFF
              default -> 0x10000 + random.nextInt(0x100000);
            };
        insert.appendCodePoint(cp);
      }
      out.insert(codePointBoundary(out, random.nextInt(out.length() + 1)), insert);
    }
    return bytes(out.toString());
  }

  private static byte[] punctuation(byte[] input, Random random) {
    StringBuilder out = new StringBuilder(utf8(input));
    for (int k = 1 + random.nextInt(4); k > 0; k--) {
      out.insert(
          codePointBoundary(out, random.nextInt(out.length() + 1)),
          PUNCTUATION[random.nextInt(PUNCTUATION.length)]);
    }
    return bytes(out.toString());
  }

  private static byte[] duplicateLines(byte[] input, Random random) {
    List<String> lines = new ArrayList<>(Arrays.asList(utf8(input).split("\n", -1)));
    if (lines.isEmpty()) {
      return input;
    }
    int from = random.nextInt(lines.size());
    int to = Math.min(lines.size(), from + 1 + random.nextInt(6));
    List<String> block = new ArrayList<>(lines.subList(from, to));
    int at = random.nextBoolean() ? to : random.nextInt(lines.size() + 1);
    lines.addAll(at, block);
    return bytes(String.join("\n", lines));
  }

  private static byte[] swapLines(byte[] input, Random random) {
    String[] lines = utf8(input).split("\n", -1);
    for (int k = 1 + random.nextInt(3); k > 0 && lines.length > 1; k--) {
      int a = random.nextInt(lines.length);
      int b = random.nextInt(lines.length);
      String tmp = lines[a];
      lines[a] = lines[b];
      lines[b] = tmp;
    }
    return bytes(String.join("\n", lines));
  }

  private static byte[] reindentOrDrop(byte[] input, Random random) {
    String[] lines = utf8(input).split("\n", -1);
    for (int k = 1 + random.nextInt(4); k > 0 && lines.length > 1; k--) {
      int at = random.nextInt(lines.length);
      lines[at] =
          random.nextBoolean() ? " ".repeat(random.nextInt(7)) + lines[at].stripLeading() : "";
    }
    return bytes(String.join("\n", lines));
  }

  /**
   * One of the hostile inputs of the hardening issue, put somewhere in the file: an alias bomb,
   * deep nesting, a long scalar, a duplicated key line, a tab, a byte-order mark, a NUL, invalid
   * UTF-8, another encoding or line ending for the whole file.
   */
  private static byte[] hostile(byte[] input, Random random) {
    String text = utf8(input);
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int at = random.nextInt(lines.size());
    String indent =
        lines.get(at).substring(0, lines.get(at).length() - lines.get(at).stripLeading().length());
    switch (random.nextInt(12)) {
      case 0 -> { // alias bomb
        StringBuilder bomb =
            new StringBuilder(indent + "l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]");
        for (int i = 1; i < 2 + random.nextInt(9); i++) {
          bomb.append('\n')
              .append(indent)
              .append('l')
              .append(i)
              .append(": &l")
              .append(i)
              .append(" [")
              .append(String.join(", ", java.util.Collections.nCopies(9, "*l" + (i - 1))))
              .append(']');
        }
        lines.add(at, bomb.toString());
      }
      case 1 -> { // deep flow nesting
        int depth = 10 + random.nextInt(300);
        lines.add(at, indent + "deep: " + "[".repeat(depth) + "]".repeat(depth));
      }
      case 2 -> { // deep block nesting
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 10 + random.nextInt(120); i++) {
          deep.append(indent).append("  ".repeat(i)).append("a:\n");
        }
        lines.add(at, deep.toString());
      }
      case 3 -> lines.add(at, indent + "long: " + "x".repeat(1 + random.nextInt(200_000)));
      case 4 -> lines.add(at, lines.get(at)); // a key written twice
      case 5 -> lines.set(at, "\t" + lines.get(at));
      case 6 -> lines.set(at, "\uFEFF" + lines.get(at));
      case 7 -> lines.set(at, lines.get(at) + "\u0000");
      case 8 -> { // invalid UTF-8: a lone continuation, a truncated sequence, an overlong NUL, an
        // encoded surrogate
        byte[][] bad = {
          {(byte) 0x80},
          {(byte) 0xC3, '('},
          {(byte) 0xC0, (byte) 0x80},
          {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
          {(byte) 0xFF},
          {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}
        };
        byte[] b = bad[random.nextInt(bad.length)];
        int pos = input.length == 0 ? 0 : random.nextInt(input.length);
        byte[] out = new byte[input.length + b.length];
        System.arraycopy(input, 0, out, 0, pos);
        System.arraycopy(b, 0, out, pos, b.length);
        System.arraycopy(input, pos, out, pos + b.length, input.length - pos);
        return out;
      }
      case 9 -> { // the whole file in UTF-16, with or without a byte-order mark
        boolean bom = random.nextBoolean();
        return ((bom ? "\uFEFF" : "") + text)
            .getBytes(
                random.nextBoolean()
                    ? java.nio.charset.StandardCharsets.UTF_16LE
                    : java.nio.charset.StandardCharsets.UTF_16BE);
      }
      case 10 -> {
        return bytes(text.replace("\n", random.nextBoolean() ? "\r\n" : "\r"));
      }
      default -> lines.add(at, "---"); // a document split in two
    }
    return bytes(String.join("\n", lines));
  }

  // ---------------------------------------------------------------------------------------------
  // trees

  private interface TreeOp {
    /** Changes the documents in place. */
    void apply(List<JsonNode> documents, Random random);
  }

  private static Mutation tree(String name, TreeOp op) {
    return new Mutation() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public byte[] apply(byte[] input, Random random) {
        List<JsonNode> documents = parse(input);
        if (documents == null || documents.isEmpty()) {
          return punctuation(input, random); // no tree to work on: a text mutation instead
        }
        op.apply(documents, random);
        StringBuilder out = new StringBuilder();
        for (JsonNode d : documents) {
          out.append(YAML.writeValueAsString(d));
        }
        return bytes(out.toString());
      }
    };
  }

  private static List<JsonNode> parse(byte[] input) {
    try (tools.jackson.databind.MappingIterator<JsonNode> it =
        YAML.readerFor(JsonNode.class).readValues(utf8(input))) {
      List<JsonNode> out = new ArrayList<>();
      while (it.hasNextValue()) {
        JsonNode n = it.nextValue();
        if (n != null && (n.isObject() || n.isArray())) {
          out.add(n);
        }
      }
      return out;
    } catch (JacksonException | IllegalStateException e) {
      return null;
    }
  }

  /** A place in a tree: a container and a key or an index in it. */
  private record Slot(JsonNode container, String key, int index) {
    JsonNode get() {
      return key != null ? container.get(key) : container.get(index);
    }

    void set(JsonNode value) {
      if (key != null) {
        ((ObjectNode) container).set(key, value);
      } else {
        ((ArrayNode) container).set(index, value);
      }
    }

    void remove() {
      if (key != null) {
        ((ObjectNode) container).remove(key);
      } else {
        ((ArrayNode) container).remove(index);
      }
    }
  }

  private static List<Slot> slots(List<JsonNode> documents) {
    List<Slot> out = new ArrayList<>();
    for (JsonNode d : documents) {
      collect(d, out);
    }
    return out;
  }

  private static void collect(JsonNode node, List<Slot> out) {
    if (node.isObject()) {
      for (String key : new ArrayList<>(node.propertyNames())) {
        out.add(new Slot(node, key, -1));
        collect(node.get(key), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        out.add(new Slot(node, null, i));
        collect(node.get(i), out);
      }
    }
  }

  private static void duplicateNode(List<JsonNode> documents, Random random) {
    List<Slot> slots = slots(documents);
    if (slots.isEmpty()) {
      return;
    }
    Slot from = slots.get(random.nextInt(slots.size()));
    JsonNode copy = from.get().deepCopy();
    if (from.container().isArray()) {
      ((ArrayNode) from.container()).insert(random.nextInt(from.container().size() + 1), copy);
    } else {
      // Beside itself under another key, or in place of another node anywhere.
      if (random.nextBoolean()) {
        ((ObjectNode) from.container()).set(from.key() + (random.nextBoolean() ? "" : "s"), copy);
      } else {
        Slot to = slots.get(random.nextInt(slots.size()));
        if (!isAncestor(to.get(), from.container())) {
          to.set(copy);
        }
      }
    }
  }

  private static void swapNodes(List<JsonNode> documents, Random random) {
    List<Slot> slots = slots(documents);
    if (slots.size() < 2) {
      return;
    }
    Slot a = slots.get(random.nextInt(slots.size()));
    Slot b = slots.get(random.nextInt(slots.size()));
    JsonNode va = a.get();
    JsonNode vb = b.get();
    if (va == vb || isAncestor(va, b.container()) || isAncestor(vb, a.container())) {
      return;
    }
    a.set(vb.deepCopy());
    b.set(va.deepCopy());
  }

  private static void dropNode(List<JsonNode> documents, Random random) {
    List<Slot> slots = slots(documents);
    if (!slots.isEmpty()) {
      slots.get(random.nextInt(slots.size())).remove();
    }
  }

  private static void typeSwap(List<JsonNode> documents, Random random) {
    List<Slot> slots = slots(documents);
    for (int k = 1 + random.nextInt(3); k > 0 && !slots.isEmpty(); k--) {
      slots
          .get(random.nextInt(slots.size()))
          .set(VALUES.get(random.nextInt(VALUES.size())).deepCopy());
      slots = slots(documents);
    }
  }

  /** Whether {@code node} is {@code of} or contains it. */
  private static boolean isAncestor(JsonNode node, JsonNode of) {
    if (node == of) {
      return true;
    }
    for (JsonNode child : node) {
      if (isAncestor(child, of)) {
        return true;
      }
    }
    return false;
  }

  private static int codePointBoundary(CharSequence s, int at) {
    return at > 0 && at < s.length() && Character.isLowSurrogate(s.charAt(at)) ? at - 1 : at;
  }

  static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
