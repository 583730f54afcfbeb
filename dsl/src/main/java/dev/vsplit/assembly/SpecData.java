package dev.vsplit.assembly;

import dev.vsplit.MeshSpec;
import dev.vsplit.TeamSpec;
import dev.vsplit.base.CallSite;
import dev.vsplit.base.Location;
import dev.vsplit.findings.Finding;
import dev.vsplit.model.StringMatch;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * What a spec run hands back, as data: the side that runs spec code (a forked JVM) writes it with
 * {@link #meshResult} or {@link #teamResult}; the side that assembles reads it with {@link
 * #readMesh} or {@link #readTeams} and never runs spec code. The encoding is JSON of the {@link
 * MeshDeclarations} and {@link WrittenRoutes} records, decoded strictly into those record types
 * only: no type names in the data, no unknown fields, bounded size, depth and strings. What the
 * reader gets is the spec run's claim, not a fact: {@link Assembler#assemble} checks it against the
 * administrator's declarations.
 */
public final class SpecData {

  /** The largest result read: a mesh of thousands of routes is a few megabytes. */
  public static final int MAX_BYTES = 64 << 20;

  private static final JsonMapper JSON =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxDocumentLength(MAX_BYTES)
                          .maxNestingDepth(64)
                          .maxStringLength(1 << 20)
                          .maxNumberLength(32)
                          .maxNameLength(256)
                          .build())
                  .build())
          .addModule(
              new SimpleModule("vsplit-spec-data")
                  .addSerializer(StringMatch.class, new StringMatchWriter())
                  .addDeserializer(StringMatch.class, new StringMatchReader()))
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  /** A team run's result: what its specs wrote, and the mesh as its JVM held it afterwards. */
  record TeamResult(List<DeclaredMesh> meshAfter, List<WrittenRoutes> written) {}

  private SpecData() {}

  /** A string match as Istio writes it: {@code {prefix: /api}}, {@code {}} for the empty one. */
  private static final class StringMatchWriter extends ValueSerializer<StringMatch> {
    @Override
    public void serialize(StringMatch value, JsonGenerator gen, SerializationContext context) {
      gen.writeStartObject();
      if (!value.kind().isEmpty() && value.value() != null) {
        gen.writeStringProperty(value.kind(), value.value());
      }
      gen.writeEndObject();
    }
  }

  /** Reads what {@link StringMatchWriter} writes, and nothing else. */
  private static final class StringMatchReader extends ValueDeserializer<StringMatch> {
    @Override
    public StringMatch deserialize(JsonParser p, DeserializationContext context) {
      JsonNode node = context.readTree(p);
      if (!node.isObject() || node.size() > 1) {
        throw new IllegalArgumentException(
            "a string match is {exact|prefix|regex: value}: " + node);
      }
      if (node.size() == 0) {
        return StringMatch.empty();
      }
      String kind = node.propertyNames().iterator().next();
      JsonNode value = node.get(kind);
      if (!value.isString()) {
        throw new IllegalArgumentException("a string match's value is a string: " + node);
      }
      return switch (kind) {
        case "exact" -> StringMatch.exact(value.stringValue());
        case "prefix" -> StringMatch.prefix(value.stringValue());
        case "regex" -> StringMatch.regex(value.stringValue());
        default -> throw new IllegalArgumentException("not a string match: " + node);
      };
    }
  }

  /**
   * Runs the administrator's mesh specs and encodes what they declared.
   *
   * @param specs the mesh specs, created
   * @param notCreated the mesh specs that could not be created, as findings
   * @return the declarations as JSON
   */
  public static byte[] meshResult(List<MeshSpec> specs, List<Finding> notCreated) {
    MeshDeclarations ran = new SpecRunner().runMeshSpecs(specs);
    List<Finding> failures = new ArrayList<>(notCreated);
    failures.addAll(ran.failures());
    return JSON.writeValueAsBytes(new MeshDeclarations(ran.meshes(), failures));
  }

  /**
   * Runs the mesh specs (to give each team spec its scope), then the team specs, and encodes what
   * the team specs wrote. What the mesh specs declared here is not part of the result: the
   * assembling side takes it from a run with no team code in it ({@link #meshResult}).
   *
   * @param meshSpecs the mesh specs, created
   * @param teamSpecs the team specs, created
   * @param notCreated the team specs that could not be created: class name to finding
   * @return what each team spec wrote, as JSON
   */
  public static byte[] teamResult(
      List<MeshSpec> meshSpecs, List<TeamSpec> teamSpecs, Map<String, Finding> notCreated) {
    SpecRunner runner = new SpecRunner();
    MeshDeclarations declarations = runner.runMeshSpecs(meshSpecs);
    List<WrittenRoutes> written =
        new ArrayList<>(runner.runTeamSpecs(teamSpecs, MeshAssembly.of(declarations).placements()));
    notCreated.forEach(
        (name, finding) ->
            written.add(new WrittenRoutes(name, finding.source(), null, null, finding)));
    return JSON.writeValueAsBytes(new TeamResult(runner.declaredNow(), written));
  }

  /**
   * Decodes a {@link #meshResult}.
   *
   * @param data the bytes the run wrote
   * @return the declarations
   * @throws IllegalArgumentException when the data is not a mesh result
   */
  public static MeshData readMesh(byte[] data) {
    return new MeshData(read(data, MeshDeclarations.class, null));
  }

  /**
   * Decodes a {@link #teamResult}.
   *
   * @param data the bytes the run wrote
   * @return what the team specs wrote
   * @throws IllegalArgumentException when the data is not a team result
   */
  public static TeamData readTeams(byte[] data) {
    TeamResult result = read(data, TeamResult.class, null);
    if (result.meshAfter() == null || result.written() == null) {
      throw new IllegalArgumentException("the result lacks meshAfter or written");
    }
    return new TeamData(result.written(), result.meshAfter());
  }

  private static <T> T read(byte[] data, Class<T> type, Object unused) {
    if (data.length > MAX_BYTES) {
      throw new IllegalArgumentException(
          "the result is " + data.length + " bytes, more than the " + MAX_BYTES + " read");
    }
    try {
      T value = JSON.readValue(data, type);
      if (value == null) {
        throw new IllegalArgumentException("the result is empty (null)");
      }
      return value;
    } catch (RuntimeException e) {
      String why = e.getMessage() == null ? e.toString() : e.getMessage();
      throw new IllegalArgumentException(
          "the result is not what a spec run writes: "
              + (why.length() > 300 ? why.substring(0, 300) + "..." : why)
              + " (first bytes: "
              + new String(data, 0, Math.min(data.length, 80), StandardCharsets.UTF_8)
              + ")",
          e);
    }
  }

  /**
   * Where a spec class's source is, from the class: what a finding about it names.
   *
   * @param type the spec class
   * @return its source file, e.g. {@code com/example/Foo.java}
   */
  public static Location sourceOf(Class<?> type) {
    return CallSite.ofClass(type);
  }
}
