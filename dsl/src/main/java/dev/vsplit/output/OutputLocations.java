package dev.vsplit.output;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where vsplit writes: the <em>applied</em> folder, which holds only Kubernetes objects and their
 * {@code kustomization.yaml}, so that {@code kubectl apply -k}, {@code kubectl apply -R -f}, an
 * Argo CD directory application or a Flux Kustomization take it whole, with no excludes; and the
 * <em>review</em> folder beside it for what people read but no cluster applies: the effective
 * routes and the CODEOWNERS fragment. By default the review folder is the applied folder's sibling,
 * named after it with {@value #REVIEW_SUFFIX} ({@code istio/} and {@code istio-review/}). Both may
 * be one folder (the layout before the two were separated); neither may lie inside the other, where
 * each would take the other's files for its own.
 *
 * @param applied the folder a GitOps tool applies, e.g. {@code istio/}
 * @param review the folder for the effective routes and the CODEOWNERS fragment
 */
public record OutputLocations(Path applied, Path review) {

  /** What the default review folder's name adds to the applied folder's. */
  public static final String REVIEW_SUFFIX = "-review";

  /**
   * Normalizes both folders and checks that neither lies inside the other.
   *
   * @param applied the folder a GitOps tool applies
   * @param review the folder for the effective routes and the CODEOWNERS fragment
   * @throws IllegalArgumentException when one folder lies inside the other
   */
  public OutputLocations {
    applied = Objects.requireNonNull(applied, "applied").toAbsolutePath().normalize();
    review = Objects.requireNonNull(review, "review").toAbsolutePath().normalize();
    if (!applied.equals(review) && (review.startsWith(applied) || applied.startsWith(review))) {
      boolean reviewInside = review.startsWith(applied);
      throw new IllegalArgumentException(
          "the review folder "
              + review
              + (reviewInside ? " lies inside the applied folder " : " holds the applied folder ")
              + applied
              + ": "
              + (reviewInside
                  ? "the GitOps tool would apply the effective routes and CODEOWNERS with the manifests"
                  : "each folder would take the other's files for its own")
              + ". Give the review folder a place beside the applied one (the default: "
              + beside(applied).review().getFileName()
              + "), or the applied folder itself.");
    }
  }

  /**
   * The default: the review folder beside {@code applied}, named after it with {@value
   * #REVIEW_SUFFIX}.
   *
   * @param applied the folder a GitOps tool applies, e.g. {@code /repo/istio}
   * @return {@code /repo/istio} and {@code /repo/istio-review}
   */
  public static OutputLocations beside(Path applied) {
    Path a = applied.toAbsolutePath().normalize();
    Path name = a.getFileName();
    if (name == null) {
      throw new IllegalArgumentException(
          "the applied folder " + a + " is the file system's root: name a folder inside it");
    }
    return new OutputLocations(a, a.resolveSibling(name + REVIEW_SUFFIX));
  }

  /**
   * The folders as a front end's settings give them: the review folder where {@code review} says,
   * or {@link #beside} the applied folder when it says nothing.
   *
   * @param applied the folder a GitOps tool applies
   * @param review the review folder, or {@code null} for the default
   * @return the two folders
   * @throws IllegalArgumentException when one lies inside the other
   */
  public static OutputLocations of(Path applied, Path review) {
    return review == null ? beside(applied) : new OutputLocations(applied, review);
  }

  /**
   * Whether the review files go into the applied folder itself.
   *
   * @return true when both are one folder
   */
  public boolean together() {
    return applied.equals(review);
  }
}
