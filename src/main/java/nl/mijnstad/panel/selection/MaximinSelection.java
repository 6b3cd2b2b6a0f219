package nl.mijnstad.panel.selection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

/**
 * Maximin selection (Flanigan, Gölz, Gupta, Hennig and Procaccia, "Fair algorithms for selecting citizens'
 * assemblies", Nature 596, 548-552, 2021): a probability distribution over quota-meeting panels that maximises
 * the smallest selection probability of any candidate who can be on some panel at all; a panel is then drawn
 * from it.
 * <p>
 * Computed by column generation as in the paper: a linear program (GLOP) over the panels found so far gives
 * dual weights per candidate, and an integer program (SCIP) finds the panel of greatest dual weight; while that
 * panel beats the program's value it is added and the program solved again. Because candidates of one profile
 * (see {@link SelectionProblem}) are interchangeable, panels are counted per profile and the members of a
 * profile are drawn uniformly, which is exact and keeps the programs as small as the number of profiles. Each
 * round costs one LP and one IP over P profiles and Q quotas; the number of rounds is at most
 * {@code maxRounds}, in practice a few times P.
 */
public final class MaximinSelection {

	private static final double EPSILON = 1e-7;

	private final SelectionProblem problem;

	private final Random random;

	private final int maxRounds;

	private List<int[]> panels;

	private double[] weights;

	private double[] profileProbability;

	private int rounds;

	/**
	 * @param problem pool, size and quotas
	 * @param random the source of randomness for drawing a panel; seed it to repeat a draw
	 * @param maxRounds the most column-generation rounds, at least 1; the result stays a valid distribution if
	 * they run out, just possibly short of the optimum
	 */
	public MaximinSelection(SelectionProblem problem, Random random, int maxRounds) {
		if (maxRounds < 1) {
			throw new IllegalArgumentException("maxRounds must be at least 1");
		}
		this.problem = problem;
		this.random = random;
		this.maxRounds = maxRounds;
	}

	/** Each candidate's selection probability, in the order of the problem's pool. */
	public double[] probabilities() {
		compute();
		double[] probabilities = new double[this.problem.pool().size()];
		for (int i = 0; i < probabilities.length; i++) {
			probabilities[i] = this.profileProbability[this.problem.profileOf(i)];
		}
		return probabilities;
	}

	/** The smallest selection probability among candidates who can be on a panel at all. */
	public double minimumProbability() {
		compute();
		double min = 1;
		for (int p = 0; p < this.profileProbability.length; p++) {
			if (reachable(p)) {
				min = Math.min(min, this.profileProbability[p]);
			}
		}
		return min;
	}

	/** How many panels (per profile) the distribution mixes. */
	public int support() {
		compute();
		return (int) Arrays.stream(this.weights).filter(w -> w > EPSILON).count();
	}

	/** How many column-generation rounds were needed. */
	public int rounds() {
		compute();
		return this.rounds;
	}

	/** One panel drawn from the distribution, as indexes into the problem's pool, in pool order. */
	public List<Integer> drawIndexes() {
		compute();
		double u = this.random.nextDouble();
		int chosen = this.panels.size() - 1;
		double cumulative = 0;
		for (int k = 0; k < this.panels.size(); k++) {
			cumulative += this.weights[k];
			if (u < cumulative) {
				chosen = k;
				break;
			}
		}
		int[] counts = this.panels.get(chosen);
		List<Integer> panel = new ArrayList<>();
		for (int p = 0; p < counts.length; p++) {
			List<Integer> members = new ArrayList<>(this.problem.members(p));
			Collections.shuffle(members, this.random);
			panel.addAll(members.subList(0, counts[p]));
		}
		Collections.sort(panel);
		return panel;
	}

	public List<Candidate> draw() {
		return drawIndexes().stream().map(this.problem.pool()::get).toList();
	}

	private boolean reachable(int profile) {
		return this.reachable[profile];
	}

	private boolean[] reachable;

	private synchronized void compute() {
		if (this.panels != null) {
			return;
		}
		int profiles = this.problem.profileCount();
		this.reachable = new boolean[profiles];
		List<int[]> columns = new ArrayList<>();
		Set<List<Integer>> seen = new HashSet<>();
		MPSolver pricing = Solvers.integer();
		try {
			MPVariable[] counts = Solvers.panelVariables(pricing, this.problem);
			MPObjective objective = pricing.objective();
			objective.setMaximization();
			// Start with, for each profile, a panel holding as many of it as possible: this also tells which
			// profiles can be on any panel (the paper's first step).
			for (int p = 0; p < profiles; p++) {
				if (this.reachable[p]) {
					continue;
				}
				for (int other = 0; other < profiles; other++) {
					objective.setCoefficient(counts[other], other == p ? 1 : 0);
				}
				MPSolver.ResultStatus status = pricing.solve();
				if (status == MPSolver.ResultStatus.INFEASIBLE) {
					throw new SelectionFailedException("No panel of " + this.problem.size()
							+ " meets all quotas from this pool");
				}
				if (status != MPSolver.ResultStatus.OPTIMAL) {
					throw new IllegalStateException("The panel program ended " + status);
				}
				int[] column = Solvers.values(counts);
				if (seen.add(key(column))) {
					columns.add(column);
				}
				for (int other = 0; other < profiles; other++) {
					if (column[other] > 0) {
						this.reachable[other] = true;
					}
				}
			}
			for (this.rounds = 0; this.rounds < this.maxRounds; this.rounds++) {
				double[] dual = new double[profiles];
				double bound = solveDual(columns, dual);
				for (int p = 0; p < profiles; p++) {
					objective.setCoefficient(counts[p],
							this.reachable[p] ? dual[p] / this.problem.members(p).size() : 0);
				}
				if (pricing.solve() != MPSolver.ResultStatus.OPTIMAL) {
					throw new IllegalStateException("The pricing program did not solve");
				}
				if (objective.value() <= bound + EPSILON) {
					break;
				}
				int[] column = Solvers.values(counts);
				if (!seen.add(key(column))) {
					break; // numerically at the optimum: the best panel is one we have
				}
				columns.add(column);
			}
		}
		finally {
			pricing.delete();
		}
		this.panels = List.copyOf(columns);
		this.weights = solvePrimal(columns);
		this.profileProbability = new double[profiles];
		for (int k = 0; k < columns.size(); k++) {
			for (int p = 0; p < profiles; p++) {
				this.profileProbability[p] += this.weights[k] * columns.get(k)[p] / this.problem.members(p).size();
			}
		}
	}

	/**
	 * The dual of the maximin program over the panels so far: weights u (one per reachable profile, summing to 1)
	 * minimising the largest weight any known panel collects. Returns that value; fills in u.
	 */
	private double solveDual(List<int[]> columns, double[] dual) {
		MPSolver lp = Solvers.linear();
		try {
			int profiles = dual.length;
			MPVariable[] u = new MPVariable[profiles];
			MPVariable bound = lp.makeNumVar(-MPSolver.infinity(), MPSolver.infinity(), "w");
			MPConstraint sum = lp.makeConstraint(1, 1, "sum");
			for (int p = 0; p < profiles; p++) {
				u[p] = lp.makeNumVar(0, this.reachable[p] ? 1 : 0, "u" + p);
				sum.setCoefficient(u[p], 1);
			}
			for (int[] column : columns) {
				MPConstraint constraint = lp.makeConstraint(-MPSolver.infinity(), 0, "");
				constraint.setCoefficient(bound, -1);
				for (int p = 0; p < profiles; p++) {
					if (column[p] > 0) {
						constraint.setCoefficient(u[p], (double) column[p] / this.problem.members(p).size());
					}
				}
			}
			lp.objective().setCoefficient(bound, 1);
			lp.objective().setMinimization();
			if (lp.solve() != MPSolver.ResultStatus.OPTIMAL) {
				throw new IllegalStateException("The dual program did not solve");
			}
			for (int p = 0; p < profiles; p++) {
				dual[p] = Math.max(0, u[p].solutionValue());
			}
			return bound.solutionValue();
		}
		finally {
			lp.delete();
		}
	}

	/** The maximin program itself over the final panels: their weights. */
	private double[] solvePrimal(List<int[]> columns) {
		MPSolver lp = Solvers.linear();
		try {
			int profiles = this.problem.profileCount();
			MPVariable z = lp.makeNumVar(0, 1, "z");
			MPVariable[] lambda = new MPVariable[columns.size()];
			MPConstraint sum = lp.makeConstraint(1, 1, "sum");
			for (int k = 0; k < columns.size(); k++) {
				lambda[k] = lp.makeNumVar(0, 1, "l" + k);
				sum.setCoefficient(lambda[k], 1);
			}
			for (int p = 0; p < profiles; p++) {
				if (!this.reachable[p]) {
					continue;
				}
				MPConstraint atLeast = lp.makeConstraint(0, MPSolver.infinity(), "p" + p);
				atLeast.setCoefficient(z, -1);
				for (int k = 0; k < columns.size(); k++) {
					int count = columns.get(k)[p];
					if (count > 0) {
						atLeast.setCoefficient(lambda[k], (double) count / this.problem.members(p).size());
					}
				}
			}
			lp.objective().setCoefficient(z, 1);
			lp.objective().setMaximization();
			if (lp.solve() != MPSolver.ResultStatus.OPTIMAL) {
				throw new IllegalStateException("The maximin program did not solve");
			}
			double[] weights = new double[columns.size()];
			double total = 0;
			for (int k = 0; k < weights.length; k++) {
				weights[k] = Math.max(0, lambda[k].solutionValue());
				total += weights[k];
			}
			for (int k = 0; k < weights.length; k++) {
				weights[k] /= total;
			}
			return weights;
		}
		finally {
			lp.delete();
		}
	}

	private static List<Integer> key(int[] column) {
		return Arrays.stream(column).boxed().toList();
	}

}
