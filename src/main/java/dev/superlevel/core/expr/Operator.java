package dev.superlevel.core.expr;

/** The binary operators, with their IEEE-754 double semantics. */
enum Operator {
    ADD("+"),
    SUBTRACT("-"),
    MULTIPLY("*"),
    DIVIDE("/"),
    /** {@link Math#pow}; small literal integer exponents are lowered to multiplications instead. */
    POWER("^");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    String symbol() {
        return symbol;
    }

    double apply(double a, double b) {
        switch (this) {
            case ADD: return a + b;
            case SUBTRACT: return a - b;
            case MULTIPLY: return a * b;
            case DIVIDE: return a / b;
            default: return Math.pow(a, b);
        }
    }
}
