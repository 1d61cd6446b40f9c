package io.docstruct.rules;

/**
 * One firing of one rule: the audit trail of a {@link RuleResult}.
 *
 * <pre>{@code
 * result.firedRules().forEach(f -> System.out.println(f.origin() + " " + f.rule()));
 * }</pre>
 *
 * @param rule the rule's name
 * @param origin where the rule is defined: {@code built-in:FILE} or the path of the user's rule file
 */
public record FiredRule(String rule, String origin) {}
