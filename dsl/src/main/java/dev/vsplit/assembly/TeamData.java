package dev.vsplit.assembly;

import java.util.List;

/** What one team's specs wrote, read back from their run ({@link SpecData#readTeams}). */
public final class TeamData {

  /** The type of {@link MeshDeclarations#meshes}, which {@link #changed} compares. */
  private static final java.lang.reflect.Type MESHES =
      MeshDeclarations.class.getRecordComponents()[0].getGenericType();

  final List<WrittenRoutes> written;
  private final List<DeclaredMesh> meshAfter;

  TeamData(List<WrittenRoutes> written, List<DeclaredMesh> meshAfter) {
    this.written = List.copyOf(written);
    this.meshAfter = List.copyOf(meshAfter);
  }

  /**
   * What the team's run held as the administrator's declarations after its specs ran, where it
   * differs from {@code mesh}: team code that rewrote the shared {@code Team} or {@code Secondary}
   * objects (reflection in a static initializer). Such a change reaches no other run; reporting it
   * names the attempt.
   *
   * @param mesh the administrator's declarations, from the run without team code
   * @return the first difference, or {@code null} when it held them unchanged
   */
  public String changed(MeshData mesh) {
    List<DeclaredMesh> declared = mesh.declarations.meshes();
    if (RecordCodec.same(MESHES, declared, meshAfter)) {
      return null;
    }
    for (int i = 0; i < Math.min(declared.size(), meshAfter.size()); i++) {
      DeclaredMesh a = declared.get(i);
      DeclaredMesh b = meshAfter.get(i);
      for (int j = 0; j < Math.min(a.primaries().size(), b.primaries().size()); j++) {
        List<DeclaredDelegation> da = a.primaries().get(j).delegations();
        List<DeclaredDelegation> db = b.primaries().get(j).delegations();
        for (int k = 0; k < Math.min(da.size(), db.size()); k++) {
          DeclaredSecondary sa = da.get(k).secondary();
          DeclaredSecondary sb = db.get(k).secondary();
          if (sa != null && !sa.equals(sb)) {
            return "secondary "
                + sa.ref()
                + " was declared as "
                + sa
                + " "
                + describe(sa)
                + ", and the team's run changed it to "
                + describe(sb);
          }
        }
      }
    }
    return "the administrator's declarations differ after the team's specs ran";
  }

  private static String describe(DeclaredSecondary s) {
    return s == null
        ? "nothing"
        : "{team "
            + s.team().name()
            + ", owners "
            + s.team().owners()
            + ", sealStatus "
            + s.sealStatus()
            + ", failClosedStatus "
            + s.failClosedStatus()
            + "}";
  }

  /**
   * The spec classes the result speaks for.
   *
   * @return class names, in the order they ran
   */
  public List<String> specs() {
    return written.stream().map(WrittenRoutes::spec).toList();
  }
}
