package dev.vsplit.yaml;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A list that may be written as its single item: with {@code @OneOrMore List<String> owners},
 * {@code owners: "@shop/web"} reads as {@code owners: ["@shop/web"]}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface OneOrMore {}
