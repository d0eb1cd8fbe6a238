package se.finsam.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import org.jspecify.annotations.NullMarked;

/**
 * The ArchUnit rule that every package of finsam's main code is {@code @NullMarked} in its
 * {@code package-info.java} (docs/null-safety.md): NullAway checks only null-marked packages, so a new
 * package without the annotation would silently go unchecked.
 */
public final class NullMarkedPackages {

    private NullMarkedPackages() {
    }

    /**
     * Every class of finsam lies in a {@code @NullMarked} package, but for the packages named.
     *
     * @param notYet packages that are not null-marked yet, each named exactly; every one is a debt
     *     listed in docs/null-safety.md
     * @return the rule
     */
    public static ArchRule everyPackageExcept(String... notYet) {
        Set<String> pending = Set.of(notYet);
        return classes().that().resideInAPackage("se.finsam..")
                .and(DescribedPredicate.describe("are outside " + pending, (JavaClass c) -> !pending.contains(c.getPackageName())))
                .should(new ArchCondition<JavaClass>("be in a package whose package-info is @NullMarked") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        if (!c.getPackage().isAnnotatedWith(NullMarked.class)) {
                            events.add(SimpleConditionEvent.violated(c, c.getName() + " is in package "
                                    + c.getPackageName() + ", whose package-info is not @NullMarked"));
                        }
                    }
                })
                .because("NullAway checks only @NullMarked packages: a package without it would go unchecked");
    }
}
