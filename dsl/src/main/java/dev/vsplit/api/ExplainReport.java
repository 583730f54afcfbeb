package dev.vsplit.api;

import dev.vsplit.routing.Decision;
import dev.vsplit.routing.RouteTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An explanation as text, Markdown and JSON values. */
final class ExplainReport {

  private ExplainReport() {}

  static String text(ExplainResult result) {
    List<Decision> decisions = result.decisions();
    if (decisions.isEmpty()) {
      return result.table().render();
    }
    if (decisions.size() == 1) {
      return decisions.get(0).explain();
    }
    return Decision.table(decisions);
  }

  static String markdown(ExplainResult result) {
    StringBuilder out = new StringBuilder("### vsplit explain: ").append(result.source());
    out.append("\n\n");
    if (result.decisions().isEmpty()) {
      for (RouteTable.Primary p : result.table().primaries()) {
        out.append("#### primary ").append(p.ref()).append("\n\n");
        out.append("| # | match | team | written at | action | behaviour |\n");
        out.append("|---|---|---|---|---|---|\n");
        for (RouteTable.Row r : p.rows()) {
          out.append("| ")
              .append(r.position())
              .append(" | ")
              .append(PlanReport.code(r.matchText()))
              .append(" | ")
              .append(r.team() == null ? "" : r.team())
              .append(" | ")
              .append(r.writtenAt() == null ? "" : PlanReport.code(r.writtenAt()))
              .append(" | ")
              .append(PlanReport.cell(r.action()))
              .append(" | ")
              .append(PlanReport.cell(words(r.behaviour())))
              .append(" |\n");
        }
        out.append('\n');
      }
      return out.toString();
    }
    out.append("| request | virtual service | # | team | written at | action | behaviour |\n");
    out.append("|---|---|---|---|---|---|---|\n");
    for (Decision d : result.decisions()) {
      Map<String, Object> m = decision(d);
      out.append("| ")
          .append(PlanReport.code(d.request().toString()))
          .append(" | ")
          .append(d.virtualService() == null ? "" : d.virtualService())
          .append(" | ")
          .append(d.hit() == null ? "" : d.hit().position())
          .append(" | ")
          .append(d.team() == null ? "" : d.team())
          .append(" | ")
          .append(m.get("writtenAt") == null ? "" : PlanReport.code((String) m.get("writtenAt")))
          .append(" | ")
          .append(PlanReport.cell((String) m.get("action")))
          .append(" | ")
          .append(d.hit() == null ? "" : PlanReport.cell(words(d.hit().behaviour())))
          .append(" |\n");
    }
    return out.toString();
  }

  static Map<String, Object> json(ExplainResult result) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("source", result.source());
    if (result.decisions().isEmpty()) {
      List<Object> primaries = new ArrayList<>();
      for (RouteTable.Primary p : result.table().primaries()) {
        Map<String, Object> pm = new LinkedHashMap<>();
        pm.put("primary", p.ref().toString());
        pm.put("hosts", p.hosts());
        pm.put("gateways", p.gateways());
        pm.put("routes", p.rows().stream().map(PlanReport::row).toList());
        primaries.add(pm);
      }
      out.put("primaries", primaries);
    } else {
      out.put("requests", result.decisions().stream().map(ExplainReport::decision).toList());
    }
    return out;
  }

  private static Map<String, Object> decision(Decision d) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("request", d.request().toString());
    out.put("virtualService", d.virtualService() == null ? null : d.virtualService().toString());
    out.put("gateway", d.gateway());
    out.put("routed", d.routed());
    if (d.hit() == null) {
      out.put("action", "404 (no route matches)");
      return out;
    }
    out.put("position", d.hit().position());
    out.put("team", d.team());
    out.put("writtenAt", d.hit().route().origin().writtenAt());
    out.put("action", d.hit().action());
    out.put("behaviour", d.hit().behaviour());
    return out;
  }

  private static String words(Map<String, String> behaviour) {
    List<String> parts = new ArrayList<>();
    behaviour.forEach((field, value) -> parts.add(field + " " + value));
    return String.join("; ", parts);
  }
}
