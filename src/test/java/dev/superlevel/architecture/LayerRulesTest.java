package dev.superlevel.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layer rules of STYLE.md (app → ui, cli → io → render → core): the core is pure Java; render draws
 * from resolved inputs and never reads files; io never reaches up into the UI or the CLI; the UI never
 * reaches into the CLI. {@code archunit.properties} fails a rule whose "that" matches no class, so a
 * renamed package cannot silently empty a rule.
 */
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

    @ArchTest
    static final ArchRule renderNeverImportsIo = noClasses().that().resideInAPackage("dev.superlevel.render..")
            .should().dependOnClassesThat().resideInAPackage("dev.superlevel.io..");

    @ArchTest
    static final ArchRule ioNeverImportsUiOrCli = noClasses().that().resideInAPackage("dev.superlevel.io..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.superlevel.ui..", "dev.superlevel.cli..",
                    "dev.superlevel.app..", "javafx..");
}
