/**
 * The finsam domain model: members, contribution keys, exact splits, budgets, the national allocation,
 * indicators and the follow-up, with the validation that every value runs when it is made.
 *
 * <p>Amounts are JSR 354 {@code javax.money} values: this module requires the API module {@code java.money}
 * alone and never names a provider. A JSR 354 provider must be present at run time; finsam-core's Maven
 * dependencies bring Moneta ({@code org.javamoney.moneta:moneta-core}), which belongs on the class path:
 * Moneta's own module descriptor requires {@code okhttp3}, which finsam does not ship, so Moneta cannot be
 * resolved as a named module. {@code java.money} finds it through {@link java.util.ServiceLoader} either way.
 * See docs/architecture.md, "Modules on the module path".
 */
module se.finsam.core {
    requires transitive java.money;
    requires static transitive org.jspecify;

    exports se.finsam.association;
    exports se.finsam.budget;
    exports se.finsam.contribution;
    exports se.finsam.followup;
    exports se.finsam.indicator;
    exports se.finsam.member;
    exports se.finsam.money;
    exports se.finsam.national;
    exports se.finsam.period;
    exports se.finsam.population;
    exports se.finsam.project;
    exports se.finsam.provenance;
    exports se.finsam.socioeconomic;
    exports se.finsam.validation;
}
