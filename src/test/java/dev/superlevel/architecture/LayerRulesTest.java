package dev.superlevel.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layer rules of STYLE.md: the core is pure Java; the UI never reaches into the CLI. */
@AnalyzeClasses(packages = "dev.superlevel", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    @ArchTest
    static final ArchRule coreIsPureJava = noClasses().that().resideInAPackage("dev.superlevel.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..", "javax.imageio..",
                    "javax.swing..", "org.jfree..", "dev.superlevel.ui..", "dev.superlevel.cli..",
                    "dev.superlevel.render..", "dev.superlevel.io..", "dev.superlevel.app..");

    @ArchTest
    static final ArchRule renderHasNoJavaFx = noClasses().that().resideInAPackage("dev.superlevel.render..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.superlevel.ui..",
                    "dev.superlevel.cli..");

    @ArchTest
    static final ArchRule uiNeverReachesIntoCli = noClasses().that().resideInAPackage("dev.superlevel.ui..")
            .should().dependOnClassesThat().resideInAPackage("dev.superlevel.cli..");

    @ArchTest
    static final ArchRule cliHasNoJavaFx = noClasses().that().resideInAPackage("dev.superlevel.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.superlevel.ui..");
}
