package nl.mijnstad.panel.selection;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

/** OR-Tools' solvers, with their native libraries loaded once, and the integer program of a valid panel. */
final class Solvers {

	private static boolean loaded;

	private Solvers() {
	}

	static synchronized void load() {
		if (!loaded) {
			Loader.loadNativeLibraries();
			loaded = true;
		}
	}

	/** GLOP, Google's simplex solver, for the linear programs. */
	static MPSolver linear() {
		load();
		MPSolver solver = MPSolver.createSolver("GLOP");
		if (solver == null) {
			throw new IllegalStateException("OR-Tools has no GLOP solver on this platform");
		}
		return solver;
	}

	/** SCIP for the integer programs; it accepts real objective coefficients, which the duals are. */
	static MPSolver integer() {
		load();
		MPSolver solver = MPSolver.createSolver("SCIP");
		if (solver == null) {
			throw new IllegalStateException("OR-Tools has no SCIP solver on this platform");
		}
		return solver;
	}

	/**
	 * Variables c[p] = how many of profile p are selected, constrained to a panel of the problem's size that meets
	 * every quota. The caller sets the objective.
	 */
	static MPVariable[] panelVariables(MPSolver solver, SelectionProblem problem) {
		int profiles = problem.profileCount();
		MPVariable[] counts = new MPVariable[profiles];
		MPConstraint total = solver.makeConstraint(problem.size(), problem.size(), "size");
		for (int p = 0; p < profiles; p++) {
			counts[p] = solver.makeIntVar(0, problem.members(p).size(), "c" + p);
			total.setCoefficient(counts[p], 1);
		}
		for (int q = 0; q < problem.quotas().size(); q++) {
			Quota quota = problem.quotas().get(q);
			MPConstraint constraint = solver.makeConstraint(quota.min(), quota.max(), "q" + q);
			for (int p = 0; p < profiles; p++) {
				if (problem.counts(q, p)) {
					constraint.setCoefficient(counts[p], 1);
				}
			}
		}
		return counts;
	}

	static int[] values(MPVariable[] variables) {
		int[] values = new int[variables.length];
		for (int i = 0; i < variables.length; i++) {
			values[i] = (int) Math.round(variables[i].solutionValue());
		}
		return values;
	}

}
