package dev.vsplit.rules;

import dev.vsplit.findings.Code;
import dev.vsplit.findings.Finding;
import dev.vsplit.model.ResourceRef;
import dev.vsplit.yaml.LoadedResource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two manifests with the same kind, namespace and name: the later one silently replaces the
 * earlier.
 */
final class DuplicateResource extends AbstractRule {
  DuplicateResource() {
    super(Code.VS006);
  }

  @Override
  public void check(Context context, List<Finding> out) {
    Map<ResourceRef, LoadedResource> last = new LinkedHashMap<>();
    for (LoadedResource r : context.allResources()) {
      last.put(r.resource().ref(), r);
    }
    for (LoadedResource r : context.allResources()) {
      LoadedResource kept = last.get(r.resource().ref());
      if (kept != r) {
        ResourceRef ref = r.resource().ref();
        out.add(
            new Finding(
                code(),
                severity(),
                ref.toString(),
                "",
                Ownership.teamOf(r.resource()),
                ref.kind()
                    + " "
                    + ref
                    + " is defined again at "
                    + kept.location()
                    + "; applied together, the later one replaces this one",
                "rename one of them, or delete the copy",
                r.location()));
      }
    }
  }
}
