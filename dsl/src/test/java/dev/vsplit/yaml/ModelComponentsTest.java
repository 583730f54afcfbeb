package dev.vsplit.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link ModelComponents} reads each model record's components, all of them, in declaration order:
 * the very objects its accessors return.
 */
class ModelComponentsTest {

  @Test
  void everyRecordListedIsReadAsItsAccessorsReadIt() throws Exception {
    assertThat(ModelComponents.INDEX).hasSizeGreaterThan(20);
    for (Map.Entry<Class<?>, Integer> e : ModelComponents.INDEX.entrySet()) {
      Class<?> type = e.getKey();
      RecordComponent[] components = type.getRecordComponents();
      Object record = withDistinctValues(type, components);
      Object[] read = ModelComponents.read(e.getValue(), record);
      assertThat(read).as("%s", type).hasSize(components.length);
      for (int i = 0; i < components.length; i++) {
        Object expected = components[i].getAccessor().invoke(record);
        assertThat(read[i])
            .as("%s component %d (%s)", type.getSimpleName(), i, components[i].getName())
            .isSameAs(expected);
      }
    }
  }

  /** An instance whose components are all distinct objects (so that a swap is seen). */
  private static Object withDistinctValues(Class<?> type, RecordComponent[] components)
      throws Exception {
    Object[] args = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      args[i] = valueOf(types[i], i);
    }
    Constructor<?> canonical = type.getDeclaredConstructor(types);
    return canonical.newInstance(args);
  }

  private static Object valueOf(Class<?> type, int i) throws Exception {
    if (type == String.class) {
      return "component-" + i;
    }
    if (type == Integer.class) {
      return 1000 + i;
    }
    if (type == Double.class) {
      return 1000.5 + i;
    }
    if (type == Boolean.class) {
      return i % 2 == 0;
    }
    if (type == List.class) {
      List<Object> list = new ArrayList<>();
      list.add("item-" + i);
      return list;
    }
    if (type == Map.class) {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("x-future-" + i, "v");
      return map;
    }
    if (type.isRecord()) {
      return withDistinctValues(type, type.getRecordComponents());
    }
    if (type.isInterface()) {
      return dev.vsplit.model.StringMatch.exact("match-" + i);
    }
    throw new IllegalStateException("no value for " + type);
  }
}
