package io.kaiku;

import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Features depend on each other in one direction only, and resources stay thin. The features are
 * the packages found under io.kaiku, so a new feature is checked from its first class.
 */
class ArchitectureTest {
    private static final Set<String> SHARED = Set.of("common", "platform");
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.kaiku");

    private static Set<String> features() {
        Set<String> features = new TreeSet<>();
        for (JavaClass type : CLASSES) {
            String[] parts = type.getPackageName().split("\\.");
            if (parts.length > 2 && !SHARED.contains(parts[2])) {
                features.add(parts[2]);
            }
        }
        return features;
    }

    @Test
    void theFeaturesAreFound() {
        Set<String> features = features();
        assertTrue(
                features.containsAll(Set.of("ticket", "customer", "identity", "outbox", "knowledgebase")),
                features.toString());
    }

    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("io.kaiku.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void commonDependsOnNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("io.kaiku.common..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        features().stream().map(f -> "io.kaiku." + f + "..").toArray(String[]::new))
                .check(CLASSES);
    }

    @Test
    void resourcesDoNotTouchRepositories() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("Resource")
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Repository")
                .check(CLASSES);
    }

    @Test
    void featuresUseOtherFeaturesThroughServicesNotRepositories() {
        for (String feature : features()) {
            noClasses()
                    .that()
                    .resideOutsideOfPackage("io.kaiku." + feature + "..")
                    .should()
                    .dependOnClassesThat(DescribedPredicate.describe(
                            "repositories of " + feature,
                            c -> c.getPackageName().startsWith("io.kaiku." + feature)
                                    && c.getSimpleName().endsWith("Repository")))
                    .check(CLASSES);
        }
    }
}
