package dev.superlevel.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every compiled test class is one Surefire runs: a class with a test method (JUnit's {@code @Test} and
 * friends, jqwik's {@code @Property}/{@code @Example}) or an ArchUnit {@code @ArchTest} rule must match one of
 * the {@code <include>} patterns of the Surefire configuration in {@code pom.xml}, read from the pom itself so
 * the two cannot drift. Surefire silently skips a class it does not match (that is how two jqwik property
 * classes never ran), so this test makes the skip a failure instead.
 */
class TestClassNamesTest {

    private static final Set<String> TEST_ANNOTATIONS = Set.of("org.junit.jupiter.api.Test",
            "org.junit.jupiter.api.RepeatedTest", "org.junit.jupiter.api.TestFactory",
            "org.junit.jupiter.api.TestTemplate", "org.junit.jupiter.params.ParameterizedTest",
            "net.jqwik.api.Property", "net.jqwik.api.Example", "com.tngtech.archunit.junit.ArchTest");

    private static final Pattern INCLUDE = Pattern.compile("<include>([^<]+)</include>");

    @Test
    void everyTestClassMatchesASurefireIncludePattern() throws Exception {
        List<Pattern> includes = surefireIncludes();
        assertFalse(includes.isEmpty(), "pom.xml names no Surefire <include> patterns");
        Path root = testClassesRoot();
        List<String> testClasses = testClassFiles(root);
        assertTrue(testClasses.size() > 50, "found only " + testClasses.size() + " test classes under " + root);
        List<String> missed = new ArrayList<>();
        for (String relative : testClasses) {
            String source = relative.replaceAll("\\.class$", ".java");
            if (includes.stream().noneMatch(p -> p.matcher(source).matches())) {
                missed.add(source);
            }
        }
        assertEquals(List.of(), missed, "test classes Surefire would skip (rename them or extend <includes>)");
    }

    @Test
    void thePropertyClassesAreAmongTheIncludedOnes() throws Exception {
        List<Pattern> includes = surefireIncludes();
        for (String source : List.of("dev/superlevel/cli/CliProperties.java",
                "dev/superlevel/io/function/FunctionFileProperties.java")) {
            assertTrue(includes.stream().anyMatch(p -> p.matcher(source).matches()), source);
        }
    }

    /** The Surefire include globs of pom.xml as regular expressions over class-file paths. */
    private static List<Pattern> surefireIncludes() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        int start = pom.indexOf("<artifactId>maven-surefire-plugin</artifactId>");
        int end = pom.indexOf("</plugin>", start);
        assertTrue(start >= 0 && end > start, "pom.xml has no maven-surefire-plugin section");
        List<Pattern> patterns = new ArrayList<>();
        Matcher m = INCLUDE.matcher(pom.substring(start, end));
        while (m.find()) {
            patterns.add(globToRegex(m.group(1).trim()));
        }
        return patterns;
    }

    /** Ant-style glob as Surefire reads it: {@code **}/ is any folder prefix, {@code *} is part of a name. */
    static Pattern globToRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (glob.startsWith("**/", i)) {
                regex.append("(?:.*/)?");
                i += 2;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    private static Path testClassesRoot() throws URISyntaxException {
        Path self = Path.of(TestClassNamesTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(Files.isDirectory(self), "test classes are not in a folder: " + self);
        return self;
    }

    /** Paths (relative, '/'-separated) of top-level classes that hold tests themselves or in nested classes. */
    private static List<String> testClassFiles(Path root) throws IOException, ClassNotFoundException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                if (relative.contains("$") || relative.startsWith("dev/superlevel/bench/")
                        || !relative.startsWith("dev/")) {
                    continue; // nested classes run with their outer class; benchmarks are excluded on purpose
                }
                String name = relative.replaceAll("\\.class$", "").replace('/', '.');
                if (holdsTests(Class.forName(name, false, TestClassNamesTest.class.getClassLoader()))) {
                    found.add(relative);
                }
            }
        }
        return found;
    }

    private static boolean holdsTests(Class<?> type) {
        for (var method : type.getDeclaredMethods()) {
            if (isTest(method)) {
                return true;
            }
        }
        for (var field : type.getDeclaredFields()) {
            if (isTest(field)) {
                return true;
            }
        }
        for (Class<?> nested : type.getDeclaredClasses()) {
            if (holdsTests(nested)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTest(AnnotatedElement element) {
        for (Annotation a : element.getAnnotations()) {
            if (TEST_ANNOTATIONS.contains(a.annotationType().getName())) {
                return true;
            }
        }
        return false;
    }
}
