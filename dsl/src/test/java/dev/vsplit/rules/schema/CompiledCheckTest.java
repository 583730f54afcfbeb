package dev.vsplit.rules.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.MeshSpec;
import dev.vsplit.TeamSpec;
import dev.vsplit.assembly.Assembler;
import dev.vsplit.assembly.GeneratedResource;
import dev.vsplit.fuzz.Corpus;
import dev.vsplit.model.IstioResource;
import dev.vsplit.model.ObjectMeta;
import dev.vsplit.model.VirtualService;
import dev.vsplit.testing.BookinfoSpecs;
import dev.vsplit.yaml.DocumentReader;
import dev.vsplit.yaml.LoadedResource;
import dev.vsplit.yaml.ManifestReader;
import dev.vsplit.yaml.ReadLimits;
import dev.vsplit.yaml.ReadResult;
import dev.vsplit.yaml.YamlWriter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link CompiledCheck} says "certainly valid" only where {@link SchemaCheck} over the writer's
 * events says so: on every resource the tests have, on the resources the DSL builds (where the two
 * agree, so the compiled check is what answers), and on {@value #RANDOM} seeded resources, many
 * broken on purpose. Then each kind of check a plan makes, on a schema written for it: a resource
 * that passes it, and one that fails it only there.
 */
class CompiledCheckTest {

  static final int RANDOM = 10_000;

  static Stream<Corpus.Entry> corpus() {
    return Corpus.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void everyResourceTheTestsHaveIsCertainOnlyWhereTheWalkIs(Corpus.Entry entry) {
    ReadResult read = new ManifestReader().readString(entry.origin(), entry.text());
    for (LoadedResource r : read.resources()) {
      boolean compiled = CrdSchemas.compiledCertainlyValid(r.resource());
      boolean walked = CrdSchemas.walkedCertainlyValid(r.resource());
      if (compiled) {
        assertThat(walked).as("%s: %s", entry.origin(), r.resource().ref()).isTrue();
      }
      if (entry.origin().contains("examples")) {
        // what vsplit generated, read back: no extra fields, so the compiled check answers alone
        assertThat(compiled).as("%s: %s", entry.origin(), r.resource().ref()).isEqualTo(walked);
      }
    }
  }

  @Test
  void theExamplesAreCertainlyValidByTheCompiledCheck() {
    int certain = 0;
    for (Corpus.Entry entry : Corpus.all()) {
      if (!entry.origin().contains("examples")) {
        continue;
      }
      for (LoadedResource r : new ManifestReader().readString("e", entry.text()).resources()) {
        if (CrdSchemas.compiledCertainlyValid(r.resource())) {
          certain++;
        }
      }
    }
    assertThat(certain).isGreaterThan(10);
  }

  @Test
  void whatTheDslBuildsIsAnsweredByTheCompiledCheckAlone() {
    List<MeshSpec> meshes = List.of(new BookinfoSpecs.Mesh());
    List<TeamSpec> teams = List.of(new BookinfoSpecs.Identity(), new BookinfoSpecs.Storefront());
    List<GeneratedResource> resources = new Assembler().run(meshes, teams).resources();
    assertThat(resources).hasSizeGreaterThan(2);
    for (GeneratedResource g : resources) {
      IstioResource r = g.resource();
      assertThat(CrdSchemas.walkedCertainlyValid(r)).as("%s", r.ref()).isTrue();
      assertThat(CrdSchemas.compiledCertainlyValid(r)).as("%s", r.ref()).isTrue();
    }
  }

  @Test
  void randomResourcesAreCertainOnlyWhereTheWalkIs() {
    long seed = Long.getLong("vsplit.seed", 7_000L);
    int compiledCertain = 0;
    int walkOnly = 0;
    int neither = 0;
    for (int i = 0; i < RANDOM; i++) {
      IstioResource resource = new NearlyValidManifests(seed + i).resource();
      boolean compiled = CrdSchemas.compiledCertainlyValid(resource);
      boolean walked = CrdSchemas.walkedCertainlyValid(resource);
      if (compiled) {
        assertThat(walked).as("seed %d: %s", seed + i, resource.ref()).isTrue();
        compiledCertain++;
      } else if (walked) {
        walkOnly++;
      } else {
        neither++;
      }
    }
    // All three answers come often: the fast path, the fallback, and a resource maybe broken.
    assertThat(compiledCertain).isGreaterThan(RANDOM / 4);
    assertThat(walkOnly).isPositive();
    assertThat(neither).isGreaterThan(RANDOM / 4);
  }

  // ---------------------------------------------------------------------------------------------
  // each check of a plan, on a schema written for it

  private static final String VS_HEAD =
      "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: a, namespace: b}\n";

  private static IstioResource vs(String spec) {
    ReadResult r = new ManifestReader().readString("t.yaml", VS_HEAD + "spec: " + spec + "\n");
    assertThat(r.problems()).isEmpty();
    return r.resources().get(0).resource();
  }

  private static IstioResource gateway(String spec) {
    ReadResult r =
        new ManifestReader()
            .readString(
                "t.yaml",
                "apiVersion: networking.istio.io/v1\nkind: Gateway\n"
                    + "metadata: {name: a, namespace: b}\nspec: "
                    + spec
                    + "\n");
    assertThat(r.problems()).isEmpty();
    return r.resources().get(0).resource();
  }

  /** A CRD's openAPIV3Schema around the schema of {@code spec}. */
  private static SchemaRule schema(String spec) {
    Object read =
        new DocumentReader(ReadLimits.DEFAULTS)
            .readValue(
                "schema.yaml", "type: object\nproperties:\n  spec: " + spec + "\n  status: {}\n");
    return SchemaRule.compile(read);
  }

  private static boolean walked(SchemaRule rule, IstioResource resource) {
    SchemaCheck check = new SchemaCheck(rule);
    YamlWriter.walk(resource, YamlWriter.Defaults.KEEP, check);
    return check.certainlyValid();
  }

  /** The compiled answer, asserted to be the walk's: every case below is one the plan decides. */
  private static boolean compiled(SchemaRule rule, IstioResource resource) {
    boolean compiled = new CompiledCheck(rule).certainlyValid(resource);
    assertThat(compiled).as("the walk's answer").isEqualTo(walked(rule, resource));
    return compiled;
  }

  @Test
  void aRequiredFieldUnsetIsNotCertain() {
    SchemaRule rule =
        schema("{type: object, required: [hosts], properties: {hosts: {type: array}}}");
    assertThat(compiled(rule, vs("{hosts: [a]}"))).isTrue();
    assertThat(compiled(rule, vs("{hosts: []}"))).isFalse();
  }

  @Test
  void aStringOutsideItsEnumIsNotCertain() {
    SchemaRule rule =
        schema(
            "{type: object, properties: {gateways: {type: array,"
                + " items: {type: string, enum: [mesh]}}}}");
    assertThat(compiled(rule, vs("{gateways: [mesh]}"))).isTrue();
    assertThat(compiled(rule, vs("{gateways: [mesh, gw]}"))).isFalse();
  }

  @Test
  void aStringWithAFormatIsNotCertain() {
    SchemaRule rule =
        schema(
            "{type: object, properties: {hosts: {type: array,"
                + " items: {type: string, format: byte}}}}");
    assertThat(compiled(rule, vs("{}"))).isTrue();
    assertThat(compiled(rule, vs("{hosts: [a]}"))).isFalse();
  }

  @Test
  void aDurationUnder1msIsNotCertain() {
    SchemaRule rule =
        schema(
            "{type: object, properties: {http: {type: array, items: {type: object,"
                + " properties: {timeout: {type: string, x-kubernetes-validations:"
                + " [{rule: \"duration(self) >= duration('1ms')\", message: m}]}}}}}}");
    assertThat(compiled(rule, vs("{http: [{timeout: 2s}]}"))).isTrue();
    assertThat(compiled(rule, vs("{http: [{timeout: 2s}, {timeout: 0.5ms}]}"))).isFalse();
    assertThat(compiled(rule, vs("{http: [{timeout: soon}]}"))).isFalse();
  }

  @Test
  void aDurationWherePreservedUnknownFieldsAreIsNotChecked() {
    SchemaRule rule =
        schema(
            "{type: object, x-kubernetes-preserve-unknown-fields: true, properties: {http:"
                + " {type: array, items: {type: object, properties: {timeout: {type: string,"
                + " x-kubernetes-validations: [{rule: \"duration(self) >= duration('1ms')\"}]}}}}}}");
    assertThat(compiled(rule, vs("{http: [{timeout: soon}]}"))).isTrue();
  }

  @Test
  void aNumberOutOfItsRangeIsNotCertain() {
    SchemaRule rule =
        schema(
            "{type: object, properties: {http: {type: array, items: {type: object, properties:"
                + " {route: {type: array, items: {type: object, properties: {destination:"
                + " {type: object, properties: {host: {type: string}, port: {type: object,"
                + " properties: {number: {type: integer, minimum: 0, maximum: 65535}}}}}}}}}}}}}");
    assertThat(
            compiled(rule, vs("{http: [{route: [{destination: {host: a, port: {number: 80}}}]}]}")))
        .isTrue();
    assertThat(
            compiled(rule, vs("{http: [{route: [{destination: {host: a, port: {number: -1}}}]}]}")))
        .isFalse();
    assertThat(
            compiled(
                rule, vs("{http: [{route: [{destination: {host: a, port: {number: 70000}}}]}]}")))
        .isFalse();
  }

  @Test
  void aNumberOfTheWrongTypeOrFormatIsNotCertain() {
    String route = "{http: [{route: [{destination: {host: a}, weight: 5}]}]}";
    String items =
        "{type: array, items: {type: object, properties: {weight: %s, destination: {}}}}";
    SchemaRule int32 =
        schema(
            "{type: object, properties: {http: {type: array, items: {type: object, properties:"
                + " {route: "
                + String.format(items, "{type: integer, format: int32}")
                + "}}}}}");
    SchemaRule string =
        schema(
            "{type: object, properties: {http: {type: array, items: {type: object, properties:"
                + " {route: "
                + String.format(items, "{type: string}")
                + "}}}}}");
    SchemaRule int64 =
        schema(
            "{type: object, properties: {http: {type: array, items: {type: object, properties:"
                + " {route: "
                + String.format(items, "{type: integer, format: int64}")
                + "}}}}}");
    assertThat(compiled(int32, vs(route))).isTrue();
    assertThat(compiled(string, vs(route))).isFalse();
    assertThat(compiled(int64, vs(route))).isFalse();
  }

  @Test
  void aFractionIsCheckedAgainstItsRange() {
    SchemaRule rule =
        schema(
            "{type: object, properties: {http: {type: array, items: {type: object, properties:"
                + " {mirrorPercentage: {type: object, properties: {value: {type: number,"
                + " format: double, maximum: 100}}}}}}}}");
    assertThat(compiled(rule, vs("{http: [{mirrorPercentage: {value: 50.5}}]}"))).isTrue();
    assertThat(compiled(rule, vs("{http: [{mirrorPercentage: {value: 100}}]}"))).isTrue();
    assertThat(compiled(rule, vs("{http: [{mirrorPercentage: {value: 100.5}}]}"))).isFalse();
    SchemaRule integer =
        schema(
            "{type: object, properties: {http: {type: array, items: {type: object, properties:"
                + " {mirrorPercentage: {type: object, properties: {value: {type: integer}}}}}}}}");
    assertThat(compiled(integer, vs("{http: [{mirrorPercentage: {value: 50}}]}"))).isTrue();
    assertThat(compiled(integer, vs("{http: [{mirrorPercentage: {value: 50.5}}]}"))).isFalse();
  }

  @Test
  void aBooleanWhereAStringIsDeclaredIsNotCertain() {
    String boolSchema =
        "{type: object, properties: {http: {type: array, items: {type: object, properties:"
            + " {match: {type: array, items: {type: object, properties: {ignoreUriCase: %s}}}}}}}}";
    IstioResource r = vs("{http: [{match: [{ignoreUriCase: true}]}]}");
    assertThat(compiled(schema(String.format(boolSchema, "{type: boolean}")), r)).isTrue();
    assertThat(compiled(schema(String.format(boolSchema, "{type: string}")), r)).isFalse();
  }

  @Test
  void twoFieldsOfAnAtMostOneGroupAreNotCertain() {
    SchemaRule rule =
        schema(
            "{type: object, properties: {http: {type: array, items: {type: object, properties:"
                + " {redirect: {type: object, properties: {uri: {type: string}, port: {type:"
                + " integer}, derivePort: {type: string}}, oneOf: [{not: {anyOf: [{required:"
                + " [port]}, {required: [derivePort]}]}}, {required: [port]}, {required:"
                + " [derivePort]}]}}}}}}");
    assertThat(compiled(rule, vs("{http: [{redirect: {uri: /x, port: 8080}}]}"))).isTrue();
    assertThat(
            compiled(
                rule,
                vs("{http: [{redirect: {uri: /x, port: 8080, derivePort: FROM_REQUEST_PORT}}]}")))
        .isFalse();
  }

  @Test
  void aStringMatchIsOneOfItsKinds() {
    String match =
        "{type: object, properties: {http: {type: array, items: {type: object, properties:"
            + " {match: {type: array, items: {type: object, properties: {uri: %s}}}}}}}}";
    SchemaRule exactOnly =
        schema(
            String.format(
                match, "{type: object, additionalProperties: false, properties: {exact: {}}}"));
    assertThat(compiled(exactOnly, vs("{http: [{match: [{uri: {exact: /a}}]}]}"))).isTrue();
    assertThat(compiled(exactOnly, vs("{http: [{match: [{uri: {prefix: /a}}]}]}"))).isFalse();
    SchemaRule required =
        schema(
            String.format(
                match, "{type: object, required: [prefix], properties: {prefix: {}, exact: {}}}"));
    assertThat(compiled(required, vs("{http: [{match: [{uri: {prefix: /a}}]}]}"))).isTrue();
    assertThat(compiled(required, vs("{http: [{match: [{uri: {exact: /a}}]}]}"))).isFalse();
    SchemaRule enumerated =
        schema(
            String.format(
                match, "{type: object, properties: {exact: {type: string, enum: [/a]}}}"));
    assertThat(compiled(enumerated, vs("{http: [{match: [{uri: {exact: /a}}]}]}"))).isTrue();
    assertThat(compiled(enumerated, vs("{http: [{match: [{uri: {exact: /b}}]}]}"))).isFalse();
  }

  @Test
  void aListIsCheckedForItsLengthAndEachItem() {
    SchemaRule rule =
        schema(
            "{type: object, properties: {hosts: {type: array, minItems: 2, maxItems: 3,"
                + " items: {type: string}}}}");
    assertThat(compiled(rule, vs("{hosts: [a, b]}"))).isTrue();
    assertThat(compiled(rule, vs("{hosts: [a]}"))).isFalse();
    assertThat(compiled(rule, vs("{hosts: [a, b, c, d]}"))).isFalse();
    SchemaRule numbers =
        schema("{type: object, properties: {hosts: {type: array, items: {type: integer}}}}");
    assertThat(compiled(numbers, vs("{hosts: [a]}"))).isFalse();
  }

  @Test
  void aMapIsCheckedForEachValueAndUnknownKeys() {
    SchemaRule enumerated =
        schema(
            "{type: object, properties: {selector: {type: object,"
                + " additionalProperties: {type: string, enum: [ingressgateway]}}}}");
    assertThat(compiled(enumerated, gateway("{selector: {istio: ingressgateway}}"))).isTrue();
    assertThat(compiled(enumerated, gateway("{selector: {istio: egressgateway}}"))).isFalse();
    SchemaRule closed =
        schema(
            "{type: object, properties: {selector: {type: object, additionalProperties: false}}}");
    assertThat(compiled(closed, gateway("{selector: {}}"))).isTrue();
    assertThat(compiled(closed, gateway("{selector: {istio: ingressgateway}}"))).isFalse();
  }

  @Test
  void aFieldTheSchemaDoesNotDeclareIsNotCertain() {
    String destination =
        "{type: object, properties: {http: {type: array, items: {type: object, properties:"
            + " {route: {type: array, items: {type: object, properties: {destination: %s}}}}}}}}";
    SchemaRule rule =
        schema(String.format(destination, "{type: object, properties: {host: {type: string}}}"));
    assertThat(compiled(rule, vs("{http: [{route: [{destination: {host: a}}]}]}"))).isTrue();
    assertThat(compiled(rule, vs("{http: [{route: [{destination: {host: a, subset: v1}}]}]}")))
        .isFalse();
    // where unknown fields are kept, an undeclared one is no problem
    SchemaRule kept =
        schema(
            String.format(
                destination,
                "{type: object, x-kubernetes-preserve-unknown-fields: true,"
                    + " properties: {host: {type: string}}}"));
    assertThat(compiled(kept, vs("{http: [{route: [{destination: {host: a, subset: v1}}]}]}")))
        .isTrue();
  }

  @Test
  void whereNoSchemaAppliesNothingIsChecked() {
    // metadata is the API server's: not in the schema, never checked
    SchemaRule rule = schema("{type: object, properties: {hosts: {type: array}}}");
    ReadResult r =
        new ManifestReader()
            .readString(
                "t.yaml",
                "apiVersion: networking.istio.io/v1\nkind: VirtualService\n"
                    + "metadata: {name: a, namespace: b, labels: {x: y}}\nspec: {hosts: [a]}\n");
    assertThat(compiled(rule, r.resources().get(0).resource())).isTrue();
  }

  @Test
  void aFieldKeptInExtraIsLeftToTheEventWalk() {
    IstioResource unmodelled =
        vs("{hosts: [a], http: [{route: [{destination: {host: a}}], futureField: 1}]}");
    // routes keep unknown fields: the walk finds nothing wrong, the plan does not read extra fields
    SchemaRule open =
        schema(
            "{type: object, properties: {hosts: {type: array}, http: {type: array,"
                + " items: {type: object, x-kubernetes-preserve-unknown-fields: true}}}}");
    assertThat(walked(open, unmodelled)).isTrue();
    assertThat(new CompiledCheck(open).certainlyValid(unmodelled)).isFalse();
    assertThat(CrdSchemas.compiledCertainlyValid(unmodelled)).isFalse();
    // and the whole check still finds what the walk and the validator find
    assertThat(CrdSchemas.validate(unmodelled))
        .extracting(SchemaProblem::unknownField)
        .contains(true);
  }

  @Test
  void aResourceWithoutSpecIsCheckedAsAnEmptyMapping() {
    SchemaRule optional = schema("{type: object, properties: {hosts: {type: array}}}");
    SchemaRule required =
        schema("{type: object, required: [hosts], properties: {hosts: {type: array}}}");
    IstioResource empty = vs("{}");
    assertThat(compiled(optional, empty)).isTrue();
    assertThat(compiled(required, empty)).isFalse();
    IstioResource none = new VirtualService(ObjectMeta.of("a", "b"), null);
    assertThat(compiled(optional, none)).isTrue();
    assertThat(compiled(required, none)).isFalse();
  }
}
