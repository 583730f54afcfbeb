package dev.vsplit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vsplit.api.Option;
import dev.vsplit.api.Options;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The plugin's parameters are the shared table's settings ({@code dev.vsplit.api.Options}), which
 * the command line builds its options from: each goal's parameter with a user property has an entry
 * for that goal with the same default and the same description (the plugin descriptor's text of the
 * parameter's Javadoc), and each entry the table gives Maven for a goal is a parameter of it. A
 * parameter added to a mojo without its entry, or worded differently, fails here.
 */
class OptionsTableTest {

  /** Maven's expressions in defaults, and what they are relative to the project's directory. */
  private static final Map<String, String> EXPRESSIONS =
      Map.of(
          "${project.basedir}/", "",
          "${basedir}/", "",
          "${project.build.sourceDirectory}", "src/main/java",
          "${project.build.directory}/", "target/");

  record Parameter(String goal, String name, String property, String defaultValue, String text) {}

  static List<Parameter> parameters() throws Exception {
    Document doc;
    try (InputStream in =
        OptionsTableTest.class.getResourceAsStream("/META-INF/maven/plugin.xml")) {
      assertThat(in).as("the plugin descriptor in target/classes").isNotNull();
      doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
    }
    List<Parameter> out = new ArrayList<>();
    NodeList mojos = doc.getElementsByTagName("mojo");
    for (int i = 0; i < mojos.getLength(); i++) {
      Element mojo = (Element) mojos.item(i);
      String goal = child(mojo, "goal").getTextContent();
      if (goal.equals("help")) {
        continue;
      }
      Map<String, Element> configuration = new HashMap<>();
      Element conf = child(mojo, "configuration");
      if (conf != null) {
        NodeList items = conf.getChildNodes();
        for (int j = 0; j < items.getLength(); j++) {
          if (items.item(j) instanceof Element e) {
            configuration.put(e.getTagName(), e);
          }
        }
      }
      NodeList params = child(mojo, "parameters").getElementsByTagName("parameter");
      for (int j = 0; j < params.getLength(); j++) {
        Element p = (Element) params.item(j);
        String name = child(p, "name").getTextContent();
        Element c = configuration.get(name);
        String expression = c == null ? "" : c.getTextContent();
        if (!expression.startsWith("${vsplit.")) {
          continue; // read-only: the project, the session
        }
        String property = expression.substring(2, expression.length() - 1);
        String def = c.hasAttribute("default-value") ? c.getAttribute("default-value") : null;
        Element d = child(p, "description");
        String text = d == null ? "" : d.getTextContent().replaceAll("\\s+", " ").strip();
        out.add(new Parameter(goal, name, property, def, text));
      }
    }
    return out;
  }

  private static Element child(Element parent, String tag) {
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e && e.getTagName().equals(tag)) {
        return e;
      }
    }
    return null;
  }

  static String neutral(String mavenDefault) {
    if (mavenDefault == null) {
      return null;
    }
    String out = mavenDefault;
    for (Map.Entry<String, String> e : EXPRESSIONS.entrySet()) {
      out = out.replace(e.getKey(), e.getValue());
    }
    return out;
  }

  @Test
  void everyParameterIsTheTablesSetting() throws Exception {
    List<Parameter> parameters = parameters();
    assertThat(parameters).hasSizeGreaterThan(40);
    List<String> wrong = new ArrayList<>();
    for (Parameter p : parameters) {
      String setting = p.property().substring("vsplit.".length());
      Option o;
      try {
        o = Options.named(p.goal(), setting);
      } catch (IllegalArgumentException e) {
        wrong.add(
            p.goal()
                + " "
                + p.name()
                + ": no entry "
                + setting
                + " for "
                + p.goal()
                + " in Options.ALL");
        continue;
      }
      if (!o.offeredBy(Option.FrontEnd.MAVEN)) {
        wrong.add(
            p.goal() + " " + p.name() + ": Options.ALL does not offer " + setting + " to Maven");
      }
      if (!o.property().equals(p.property())) {
        wrong.add(
            p.goal()
                + " "
                + p.name()
                + ": property "
                + p.property()
                + ", the table's "
                + o.property());
      }
      if (!java.util.Objects.equals(o.defaultValue(), neutral(p.defaultValue()))) {
        wrong.add(
            p.goal()
                + " "
                + p.name()
                + ": default "
                + p.defaultValue()
                + ", the table's "
                + o.defaultValue());
      }
      if (!o.description().equals(p.text())) {
        wrong.add(
            p.goal()
                + " "
                + p.name()
                + ": described as \""
                + p.text()
                + "\", the table as \""
                + o.description()
                + "\"");
      }
    }
    assertThat(wrong).as("the mojos' parameters against dev.vsplit.api.Options").isEmpty();
  }

  @Test
  void everySettingTheTableGivesMavenIsAParameter() throws Exception {
    List<Parameter> parameters = parameters();
    List<String> goals = parameters.stream().map(Parameter::goal).distinct().toList();
    List<String> missing = new ArrayList<>();
    for (Option o : Options.ALL) {
      if (!o.offeredBy(Option.FrontEnd.MAVEN)) {
        continue;
      }
      for (String goal : o.operations()) {
        assertThat(goals).as("the table's operations are the plugin's goals").contains(goal);
        boolean found =
            parameters.stream()
                .anyMatch(p -> p.goal().equals(goal) && p.property().equals(o.property()));
        if (!found) {
          missing.add(goal + " has no parameter " + o.property());
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void mavenExpressionsBecomePathsRelativeToTheProject() {
    assertThat(neutral("${project.basedir}/istio")).isEqualTo("istio");
    assertThat(neutral("${project.build.sourceDirectory}")).isEqualTo("src/main/java");
    assertThat(neutral("${project.build.directory}/vsplit-report.html"))
        .isEqualTo("target/vsplit-report.html");
    assertThat(neutral("64")).isEqualTo("64");
  }
}
