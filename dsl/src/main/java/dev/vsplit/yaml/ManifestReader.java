package dev.vsplit.yaml;

import dev.vsplit.base.Location;
import dev.vsplit.model.Gateway;
import dev.vsplit.model.GatewaySpec;
import dev.vsplit.model.IstioResource;
import dev.vsplit.model.ObjectMeta;
import dev.vsplit.model.VirtualService;
import dev.vsplit.model.VirtualServiceSpec;
import dev.vsplit.yaml.Node.ListNode;
import dev.vsplit.yaml.Node.MapNode;
import dev.vsplit.yaml.Node.ScalarNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads VirtualServices and Gateways from YAML files and folders.
 *
 * <p>Accepts {@code networking.istio.io/v1alpha3}, {@code v1beta1} and {@code v1} alike, and {@code
 * kind: List} wrappers as {@code kubectl get -o yaml} writes them. Other kinds, and documents that
 * are not manifests at all (a values file, a list of other things), are passed over with a note; a
 * bare list of manifests, which kubectl refuses, is a problem. A manifest without {@code
 * metadata.namespace} is read in the default namespace, as {@code kubectl apply} would place it.
 *
 * <p>YAML is read as kubectl reads it where YAML 1.1 and 1.2 agree: {@code True} and {@code ~} are
 * a boolean and a null, merge keys ({@code <<: *defaults}) are applied, {@code 50.0} is a valid
 * integer. Where they differ ({@code yes}, {@code on}) the value is YAML 1.2's string, and a field
 * that wants a boolean says so. Every problem of every file is reported, in file order; no input
 * makes {@link #read} or {@link #readString} throw.
 */
public final class ManifestReader {

  /** The versions of networking.istio.io that carry VirtualService and Gateway. */
  public static final Set<String> VERSIONS = Set.of("v1alpha3", "v1beta1", "v1");

  private final ReadLimits limits;
  private final String defaultNamespace;

  public ManifestReader(ReadLimits limits, String defaultNamespace) {
    this.limits = limits;
    this.defaultNamespace = defaultNamespace;
  }

  public ManifestReader() {
    this(ReadLimits.DEFAULTS, "default");
  }

  /**
   * Reads files, and the {@code .yaml}/{@code .yml} files under folders (sorted, hidden ones
   * skipped).
   */
  public ReadResult read(List<Path> inputs) {
    Acc acc = new Acc();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        List<Path> files;
        try {
          files = yamlFilesUnder(input);
        } catch (UncheckedIOException e) {
          acc.problems.add(
              new YamlProblem(
                  Location.of(label(input), 0),
                  "",
                  "cannot list the folder: " + e.getCause().getMessage()));
          continue;
        }
        for (Path file : files) {
          readFile(file, acc);
        }
      } else if (Files.isRegularFile(input)) {
        readFile(input, acc);
      } else {
        acc.problems.add(
            new YamlProblem(
                Location.of(label(input), 0),
                "",
                Files.exists(input) ? "not a regular file or folder" : "no such file or folder"));
      }
    }
    return acc.result();
  }

  /** Reads YAML text; {@code file} names it in locations. */
  public ReadResult readString(String file, String text) {
    Acc acc = new Acc();
    readText(file, text.getBytes(StandardCharsets.UTF_8), acc);
    return acc.result();
  }

  /** The YAML files under a folder, in a stable order. */
  public static List<Path> yamlFilesUnder(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .filter(
              p -> {
                String name = p.getFileName().toString();
                return name.endsWith(".yaml") || name.endsWith(".yml");
              })
          .filter(p -> !isHidden(folder.relativize(p)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }

  /** How a file is named in messages: relative to the working directory when it lies inside it. */
  static String label(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path cwd = Path.of("").toAbsolutePath();
    return abs.startsWith(cwd) && !abs.equals(cwd)
        ? cwd.relativize(abs).toString()
        : file.toString();
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private void readFile(Path file, Acc acc) {
    String label = label(file);
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > limits.maxFileBytes()) {
        acc.problems.add(
            YamlProblem.overLimit(
                Location.of(label, 0), "", TreeReader.tooLarge(size, limits), "maxFileBytes"));
        return;
      }
      try (InputStream in = Files.newInputStream(file)) {
        bytes =
            readUpTo(in, size, (int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
      }
    } catch (IOException e) {
      acc.problems.add(
          new YamlProblem(Location.of(label, 0), "", "cannot read: " + e.getMessage()));
      return;
    }
    readText(label, bytes, acc);
  }

  /**
   * At most {@code limit} bytes of the stream, read into an array of the size the file had when it
   * was looked at ({@code size}) and then whatever follows, if it grew: the same bytes as {@code
   * in.readNBytes(limit)}, without its 8 KiB chunks copied into a new array once more (reading a 10
   * 000-file mesh allocated each file's bytes three times over).
   */
  static byte[] readUpTo(InputStream in, long size, int limit) throws IOException {
    if (size <= 0 || size >= limit) {
      return in.readNBytes(limit);
    }
    byte[] bytes = new byte[(int) size];
    int n = in.readNBytes(bytes, 0, bytes.length);
    if (n < bytes.length) {
      return Arrays.copyOf(bytes, n); // the file shrank since its size was read
    }
    byte[] more = in.readNBytes(limit - n);
    if (more.length == 0) {
      return bytes;
    }
    byte[] all = Arrays.copyOf(bytes, n + more.length);
    System.arraycopy(more, 0, all, n, more.length);
    return all;
  }

  private void readText(String file, byte[] bytes, Acc acc) {
    TreeReader reader = new TreeReader(limits, acc.strings);
    int firstProblem = acc.problems.size();
    for (TreeReader.Document doc : reader.read(file, bytes, acc.problems)) {
      if (doc.root() == null) {
        continue; // broken: its problem is recorded
      }
      readDocument(doc.root(), doc.start(), acc);
    }
    // YAML problems of all documents come first, binding problems after: put them in file order.
    acc.problems
        .subList(firstProblem, acc.problems.size())
        .sort(
            Comparator.comparingInt((YamlProblem p) -> p.location().line())
                .thenComparingInt(p -> p.location().column()));
  }

  private void readDocument(Node root, Location start, Acc acc) {
    if (!(root instanceof MapNode map)) {
      if (root instanceof ScalarNode s && s.value() == null) {
        return;
      }
      if (root instanceof ListNode list
          && list.items().stream().anyMatch(ManifestReader::looksLikeManifest)) {
        // kubectl refuses this file; passing over it would hide the VirtualServices inside.
        acc.problems.add(
            new YamlProblem(
                root.location(),
                "",
                "the document is a list of manifests, which kubectl does not apply; put \"---\" between the"
                    + " manifests instead of \"- \", or wrap the list in \"apiVersion: v1\", \"kind: List\", \"items:\""));
        return;
      }
      acc.skipped.add(
          new SkippedDocument(
              root.location(),
              null,
              null,
              null,
              "not a Kubernetes manifest (the document is "
                  + Node.describe(root)
                  + ", not a map)"));
      return;
    }
    String apiVersion = scalarString(map, "apiVersion");
    String kind = scalarString(map, "kind");
    String name =
        map.entries().get("metadata") instanceof MapNode meta ? scalarString(meta, "name") : null;
    if (kind != null
        && kind.endsWith("List")
        && map.entries().get("items") instanceof ListNode items) {
      for (Node item : items.items()) {
        readDocument(item, item.location(), acc);
      }
      return;
    }
    String notRead = whyNotRead(apiVersion, kind);
    if (notRead != null) {
      acc.skipped.add(new SkippedDocument(map.location(), apiVersion, kind, name, notRead));
      return;
    }
    List<YamlProblem> problems = new ArrayList<>();
    Binder binder = new Binder(problems);
    ObjectMeta meta =
        map.entries().containsKey("metadata")
            ? binder.bindRecord(map.entries().get("metadata"), ObjectMeta.class, "metadata")
            : null;
    if (meta == null || meta.name() == null || meta.name().isEmpty()) {
      if (problems.isEmpty()) {
        Location at = map.keyLocations().getOrDefault("metadata", map.location());
        problems.add(
            new YamlProblem(at, "metadata.name", kind + " has no metadata.name; give it one"));
      }
    }
    Map<String, Object> extra = new LinkedHashMap<>();
    map.entries()
        .forEach(
            (k, v) -> {
              if (!Set.of("apiVersion", "kind", "metadata", "spec").contains(k)) {
                extra.put(k, Binder.plain(v));
              }
            });
    Node specNode = map.entries().get("spec");
    IstioResource resource = null;
    if (kind.equals(VirtualService.KIND)) {
      VirtualServiceSpec spec =
          specNode == null ? null : binder.bindRecord(specNode, VirtualServiceSpec.class, "spec");
      if (problems.isEmpty()) {
        resource = new VirtualService(apiVersion, meta, spec, extra);
      }
    } else {
      GatewaySpec spec =
          specNode == null ? null : binder.bindRecord(specNode, GatewaySpec.class, "spec");
      if (problems.isEmpty()) {
        resource = new Gateway(apiVersion, meta, spec, extra);
      }
    }
    acc.problems.addAll(problems);
    if (resource == null) {
      return;
    }
    boolean defaulted = false;
    if ((meta.namespace() == null || meta.namespace().isEmpty()) && defaultNamespace != null) {
      defaulted = true;
      ObjectMeta withNs = meta.withNamespace(defaultNamespace);
      resource =
          resource instanceof VirtualService vs
              ? vs.withMetadata(withNs)
              : ((Gateway) resource).withMetadata(withNs);
    }
    acc.resources.add(new LoadedResource(resource, start, new SourceMap(map, start), defaulted));
  }

  private static boolean looksLikeManifest(Node node) {
    return node instanceof MapNode m
        && scalarString(m, "apiVersion") != null
        && scalarString(m, "kind") != null;
  }

  private static String scalarString(MapNode map, String key) {
    return map.entries().get(key) instanceof ScalarNode s && s.value() instanceof String str
        ? str
        : null;
  }

  private static final class Acc {
    final List<LoadedResource> resources = new ArrayList<>();
    final List<SkippedDocument> skipped = new ArrayList<>();
    final List<YamlProblem> problems = new ArrayList<>();

    /** The keys and short values of every document read, one string each. */
    final SharedStrings strings = new SharedStrings();

    ReadResult result() {
      return new ReadResult(resources, skipped, problems);
    }
  }

  /**
   * Why a document with this apiVersion and kind is passed over rather than read, or {@code null}
   * when it is a VirtualService or Gateway of a version vsplit reads.
   */
  private static String whyNotRead(String apiVersion, String kind) {
    if (apiVersion == null || kind == null) {
      return "not a Kubernetes manifest (no " + (apiVersion == null ? "apiVersion" : "kind") + ")";
    }
    int slash = apiVersion.indexOf('/');
    String group = slash < 0 ? "" : apiVersion.substring(0, slash);
    String version = apiVersion.substring(slash + 1);
    boolean istioKind = kind.equals(VirtualService.KIND) || kind.equals(Gateway.KIND);
    if (istioKind && apiVersion.equals(IstioResource.GROUP)) {
      return "apiVersion \""
          + apiVersion
          + "\" names no version; write "
          + IstioResource.GROUP
          + "/v1";
    }
    if (!group.equals(IstioResource.GROUP) || !istioKind) {
      return "vsplit reads only VirtualService and Gateway of " + IstioResource.GROUP;
    }
    if (!VERSIONS.contains(version)) {
      return "unknown version "
          + version
          + " of "
          + IstioResource.GROUP
          + " (vsplit reads v1alpha3, v1beta1 and v1)";
    }
    return null;
  }
}
