package dev.vsplit.yaml;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The YAML key of a record component whose name cannot be it, a Java keyword:
 * {@code @YamlKey("package") String javaPackage}. Reading ({@link DocumentReader}) and writing
 * ({@link YamlWriter}) both go by it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface YamlKey {

  /** The key as written in YAML. */
  String value();
}
