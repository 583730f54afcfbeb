package dev.vsplit.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavaNamesTest {

  @Test
  void constantsAndTypesFromKubernetesNames() {
    assertThat(JavaNames.constant("vs-1")).isEqualTo("VS_1");
    assertThat(JavaNames.constant("accountPages")).isEqualTo("ACCOUNT_PAGES");
    assertThat(JavaNames.constant("1st.team")).isEqualTo("_1ST_TEAM");
    assertThat(JavaNames.constant("---")).isEqualTo("UNNAMED");
    assertThat(JavaNames.type("account-pages")).isEqualTo("AccountPages");
    assertThat(JavaNames.type("9lives")).isEqualTo("_9lives");
  }

  @Test
  void classAndPackageNamesJavacRefusesAreNamed() {
    assertThat(JavaNames.checkType("IdentityRoutes")).isNull();
    assertThat(JavaNames.checkType("class")).isEqualTo("is a reserved word in Java");
    assertThat(JavaNames.checkType("record")).isEqualTo("is a reserved word in Java");
    assertThat(JavaNames.checkType("My-Routes")).startsWith("is not a Java identifier");
    assertThat(JavaNames.checkPackage("com.example.mesh")).isNull();
    assertThat(JavaNames.checkPackage("")).startsWith("is empty");
    assertThat(JavaNames.checkPackage("com.example.")).contains("\"\" is not an identifier");
    assertThat(JavaNames.checkPackage("com.new.mesh")).contains("\"new\" is not an identifier");
  }
}
