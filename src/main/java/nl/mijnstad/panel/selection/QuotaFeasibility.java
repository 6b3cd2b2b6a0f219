package nl.mijnstad.panel.selection;

import java.util.ArrayList;
import java.util.List;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

/**
 * Whether any panel meets all quotas and, if none does, the smallest relaxation that makes them feasible: the
 * quotas with the least total widening (lowering minimums plus raising maximums, counted in people). Solved
 * exactly as one integer program over the problem's profiles, with a slack below and above each quota.
 */
public final class QuotaFeasibility {

	/**
	 * A quota as it would have to be for a panel to exist.
	 *
	 * @param quota the quota as asked
	 * @param min the relaxed minimum (at most the asked one)
	 * @param max the relaxed maximum (at least the asked one)
	 */
	public record Relaxation(Quota quota, int min, int max) {
	}

	/**
	 * @param feasible whether the quotas as asked admit a panel
	 * @param widening how many people the smallest relaxation adds up to (0 when feasible)
	 * @param relaxations the quotas that must change, with their new bounds (empty when feasible)
	 */
	public record Result(boolean feasible, int widening, List<Relaxation> relaxations) {

		public Result {
			relaxations = List.copyOf(relaxations);
		}

	}

	private final SelectionProblem problem;

	private Result result;

	public QuotaFeasibility(SelectionProblem problem) {
		this.problem = problem;
	}

	public synchronized Result result() {
		if (this.result == null) {
			this.result = solve();
		}
		return this.result;
	}

	private Result solve() {
		MPSolver solver = Solvers.integer();
		try {
			int profiles = this.problem.profileCount();
			List<Quota> quotas = this.problem.quotas();
			MPVariable[] counts = new MPVariable[profiles];
			MPConstraint total = solver.makeConstraint(this.problem.size(), this.problem.size(), "size");
			for (int p = 0; p < profiles; p++) {
				counts[p] = solver.makeIntVar(0, this.problem.members(p).size(), "c" + p);
				total.setCoefficient(counts[p], 1);
			}
			MPObjective widening = solver.objective();
			MPVariable[] below = new MPVariable[quotas.size()];
			MPVariable[] above = new MPVariable[quotas.size()];
			for (int q = 0; q < quotas.size(); q++) {
				Quota quota = quotas.get(q);
				below[q] = solver.makeIntVar(0, quota.min(), "below" + q);
				above[q] = solver.makeIntVar(0, this.problem.size(), "above" + q);
				// count + below >= min and count - above <= max
				MPConstraint lower = solver.makeConstraint(quota.min(), MPSolver.infinity(), "min" + q);
				MPConstraint upper = solver.makeConstraint(-MPSolver.infinity(), quota.max(), "max" + q);
				lower.setCoefficient(below[q], 1);
				upper.setCoefficient(above[q], -1);
				for (int p = 0; p < profiles; p++) {
					if (this.problem.counts(q, p)) {
						lower.setCoefficient(counts[p], 1);
						upper.setCoefficient(counts[p], 1);
					}
				}
				widening.setCoefficient(below[q], 1);
				widening.setCoefficient(above[q], 1);
			}
			widening.setMinimization();
			MPSolver.ResultStatus status = solver.solve();
			if (status != MPSolver.ResultStatus.OPTIMAL) {
				// With slack on every quota and a pool at least the panel size, a panel always exists.
				throw new IllegalStateException("The relaxation program ended " + status);
			}
			List<Relaxation> relaxations = new ArrayList<>();
			int sum = 0;
			for (int q = 0; q < quotas.size(); q++) {
				int lower = (int) Math.round(below[q].solutionValue());
				int upper = (int) Math.round(above[q].solutionValue());
				if (lower > 0 || upper > 0) {
					Quota quota = quotas.get(q);
					relaxations.add(new Relaxation(quota, quota.min() - lower, quota.max() + upper));
					sum += lower + upper;
				}
			}
			return new Result(relaxations.isEmpty(), sum, relaxations);
		}
		finally {
			solver.delete();
		}
	}

}
