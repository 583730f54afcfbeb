package dev.vsplit.api;

import dev.vsplit.routing.Plan;
import dev.vsplit.routing.RouteTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A plan as Markdown (a pull-request comment, grouped by team) and as JSON values. */
final class PlanReport {

  private PlanReport() {}

  static String markdown(PlanResult result) {
    Plan plan = result.plan();
    StringBuilder out = new StringBuilder();
    out.append("### vsplit plan\n\n");
    out.append("`")
        .append(plan.before())
        .append("` → `")
        .append(plan.after())
        .append("`: **")
        .append(plan.summary())
        .append("**\n");
    Map<String, List<Object[]>> byOwner = new TreeMap<>();
    for (Plan.PrimaryPlan p : plan.primaries()) {
      for (Plan.Change c : p.changes()) {
        byOwner.computeIfAbsent(c.owner(), k -> new ArrayList<>()).add(new Object[] {p, c});
      }
    }
    for (var e : byOwner.entrySet()) {
      out.append("\n#### ").append(e.getKey());
      List<String> mentions = mentions(result.owners().get(e.getKey()));
      if (!mentions.isEmpty()) {
        out.append(" (").append(String.join(" ", mentions)).append(')');
      }
      out.append("\n\n| | primary | # | route | change | written at |\n");
      out.append("|---|---|---|---|---|---|\n");
      for (Object[] pc : e.getValue()) {
        Plan.PrimaryPlan p = (Plan.PrimaryPlan) pc[0];
        Plan.Change c = (Plan.Change) pc[1];
        RouteTable.Row row = c.row();
        out.append("| ")
            .append(sign(c))
            .append(' ')
            .append(String.join(", ", labels(c)))
            .append(" | ")
            .append(cell(p.ref().toString()))
            .append(" | ")
            .append(position(c))
            .append(" | ")
            .append(code(row.matchText()))
            .append(" | ")
            .append(
                cell(
                    c.details().isEmpty()
                        ? "→ " + row.action() + behaviour(row)
                        : String.join("; ", c.details())))
            .append(" | ")
            .append(row.writtenAt() == null ? "" : code(row.writtenAt()))
            .append(" |\n");
      }
    }
    return out.toString();
  }

  static Map<String, Object> json(PlanResult result) {
    Plan plan = result.plan();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("before", plan.before());
    out.put("after", plan.after());
    out.put("summary", plan.summary());
    out.put("changed", plan.changes().size());
    List<Object> primaries = new ArrayList<>();
    for (Plan.PrimaryPlan p : plan.primaries()) {
      Map<String, Object> pm = new LinkedHashMap<>();
      pm.put("primary", p.ref().toString());
      pm.put("state", p.state());
      List<Object> changes = new ArrayList<>();
      for (Plan.Change c : p.changes()) {
        Map<String, Object> cm = new LinkedHashMap<>();
        cm.put("owner", c.owner());
        cm.put("codeOwners", result.owners().getOrDefault(c.owner(), List.of()));
        cm.put("kinds", labels(c));
        cm.put("before", c.before() == null ? null : row(c.before()));
        cm.put("after", c.after() == null ? null : row(c.after()));
        cm.put("details", c.details());
        changes.add(cm);
      }
      pm.put("changes", changes);
      pm.put("unchanged", p.unchanged());
      primaries.add(pm);
    }
    out.put("primaries", primaries);
    return out;
  }

  /** One route as JSON values: where it is, its match, action and behaviour. */
  static Map<String, Object> row(RouteTable.Row r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("position", r.position());
    out.put("match", r.matchText());
    out.put("owner", r.owner());
    out.put("team", r.team());
    out.put("secondary", r.secondary() == null ? null : r.secondary().toString());
    out.put("writtenAt", r.writtenAt());
    out.put("action", r.action());
    out.put("behaviour", r.behaviour());
    return out;
  }

  /** The owners GitHub notifies by mention ({@code @org/team}, {@code @user}); not e-mails. */
  static List<String> mentions(List<String> owners) {
    if (owners == null) {
      return List.of();
    }
    return owners.stream().filter(o -> o.startsWith("@")).distinct().toList();
  }

  private static String behaviour(RouteTable.Row row) {
    List<String> parts = new ArrayList<>();
    row.behaviour().forEach((field, value) -> parts.add(field + " " + value));
    return parts.isEmpty() ? "" : "; " + String.join("; ", parts);
  }

  private static String sign(Plan.Change c) {
    return c.kinds().contains(Plan.Kind.ADDED)
        ? "+"
        : c.kinds().contains(Plan.Kind.REMOVED) ? "-" : "~";
  }

  private static List<String> labels(Plan.Change c) {
    List<String> out = new ArrayList<>();
    for (Plan.Kind k : Plan.Kind.values()) {
      if (c.kinds().contains(k)) {
        out.add(k.label());
      }
    }
    return out;
  }

  private static String position(Plan.Change c) {
    if (c.after() == null) {
      return "(was " + c.before().position() + ")";
    }
    if (c.before() == null || c.before().position() == c.after().position()) {
      return String.valueOf(c.after().position());
    }
    return c.after().position() + " (was " + c.before().position() + ")";
  }

  /** Text in a table cell: pipes escaped, on one line. */
  static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  /** Text as inline code in a table cell. */
  static String code(String text) {
    return "`" + cell(text).replace("`", "'") + "`";
  }
}
