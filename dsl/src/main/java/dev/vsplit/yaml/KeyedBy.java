package dev.vsplit.yaml;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A list of records that may also be written as a map from each item's key to its other fields:
 * with {@code @KeyedBy("name") List<Team> teams}, {@code teams: {web: {namespace: shop}}} reads as
 * {@code teams: [{name: web, namespace: shop}]}, and {@code web:} alone as {@code {name: web}}. The
 * list form is read too.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface KeyedBy {

  /** The YAML key of the items' field that the map's keys fill. */
  String value();
}
