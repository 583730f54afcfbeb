package dev.vsplit.rules;

import dev.vsplit.model.HTTPRoute;
import dev.vsplit.model.VirtualService;
import dev.vsplit.routing.Coverage;
import dev.vsplit.routing.MeshOptions;
import dev.vsplit.routing.Names;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference of {@link IndexedRulesDifferentialTest}: what VS114 ({@link DelegationShadowed})
 * and VS116 ({@link DelegationAfterBroaderDelegation}) report on, as first written: every
 * delegation compared with every earlier route of its primary.
 */
final class ReferenceDelegationShadowed {

  private ReferenceDelegationShadowed() {}

  /** {@link DelegationShadowed#covered}, pairwise. */
  static List<DelegationShadowed.Covered> covered(Context context) {
    List<DelegationShadowed.Covered> out = new ArrayList<>();
    MeshOptions mesh = context.mesh();
    for (VirtualService written : context.admitted()) {
      if (!written.isRoot()) {
        continue;
      }
      VirtualService root = Names.resolve(written, mesh);
      List<HTTPRoute> http = root.spec().http();
      for (int i = 1; i < http.size(); i++) {
        HTTPRoute later = http.get(i);
        if (later.delegate() == null) {
          continue;
        }
        int plain = -1;
        int delegation = -1;
        int first = -1;
        for (int j = 0; j < i; j++) {
          if (Coverage.routeCovers(http.get(j).match(), later.match())) {
            first = first < 0 ? j : first;
            if (http.get(j).delegate() == null) {
              plain = plain < 0 ? j : plain;
            } else {
              delegation = delegation < 0 ? j : delegation;
            }
          }
        }
        if (first >= 0) {
          out.add(new DelegationShadowed.Covered(root, i, plain, delegation, first));
        }
      }
    }
    return out;
  }
}
