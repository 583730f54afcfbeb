package dev.vsplit.fork;

import dev.vsplit.assembly.DslFindings;
import dev.vsplit.assembly.RootCause;
import dev.vsplit.assembly.SpecData;
import dev.vsplit.base.CallSite;
import dev.vsplit.findings.Finding;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.function.Consumer;

/** Creates spec classes by their public no-argument constructor; what goes wrong is a finding. */
public final class Instances {

  private Instances() {}

  /**
   * Creates an instance of {@code type}, which runs its static initializer and constructor.
   *
   * @param type the spec class
   * @param problems receives the finding when it cannot be created
   * @return the instance, or {@code null} when it cannot be created
   */
  public static Object create(Class<?> type, Consumer<Finding> problems) {
    try {
      Constructor<?> c = type.getDeclaredConstructor();
      if (!Modifier.isPublic(c.getModifiers()) || !Modifier.isPublic(type.getModifiers())) {
        problems.accept(DslFindings.specNotPublic(type.getName(), SpecData.sourceOf(type)));
        return null;
      }
      return c.newInstance();
    } catch (NoSuchMethodException e) {
      problems.accept(DslFindings.specWithoutConstructor(type.getName(), SpecData.sourceOf(type)));
    } catch (InvocationTargetException e) {
      RootCause root = RootCause.of(e, CallSite.ownCode(type.getClassLoader()));
      problems.accept(
          DslFindings.specConstructorThrew(
              type.getName(), root, root.atOr(SpecData.sourceOf(type))));
    } catch (ExceptionInInitializerError e) {
      RootCause root = RootCause.of(e, CallSite.ownCode(type.getClassLoader()));
      problems.accept(
          DslFindings.specInitializerThrew(
              type.getName(), root, root.atOr(SpecData.sourceOf(type))));
    } catch (ReflectiveOperationException | LinkageError e) {
      problems.accept(DslFindings.specNotCreatable(type.getName(), e, SpecData.sourceOf(type)));
    }
    return null;
  }
}
