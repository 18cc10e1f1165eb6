package rlhf

import (
	"fmt"
	"slices"
	"strings"
)

// Ranking is the result of a pairwise ranking method. Items is sorted; the
// other slices are indexed like it.
type Ranking struct {
	Items  []string
	Scores []float64
	// Lower and Upper bound the bootstrap's 95% interval of each score (the
	// 2.5% and 97.5% quantiles); nil without a bootstrap.
	Lower, Upper []float64
	// Ranks is 1 + the number of items certainly better (see
	// BradleyTerryMLE); nil for methods without ranks.
	Ranks []int
	// Components lists the strongly connected components of the win graph
	// (an edge from i to j when i beat or tied j), each sorted, winners
	// first, when there is more than one; nil when the graph is strongly
	// connected. The gaps between components then have no finite
	// maximum-likelihood value: the MM scores of items that never win go to
	// 0, and the MLE gaps grow until the fit stops.
	Components [][]string
	// Iterations is the number of iterations the fit ran (for the
	// bootstrap: of the fit on all comparisons).
	Iterations int
}

// pairs holds comparisons with dense item ids (items sorted) and outcomes
// as the left item's score: 1 win, 0.5 tie, 0 loss.
type pairs struct {
	items       []string
	left, right []int32
	outcome     []float64
}

func newPairs(cmps []Comparison) (*pairs, error) {
	ids := map[string]int32{}
	var items []string
	p := &pairs{
		left:    make([]int32, len(cmps)),
		right:   make([]int32, len(cmps)),
		outcome: make([]float64, len(cmps)),
	}
	intern := func(s string) int32 {
		id, ok := ids[s]
		if !ok {
			id = int32(len(items))
			ids[s] = id
			items = append(items, s)
		}
		return id
	}
	for i, c := range cmps {
		if c.Left == c.Right {
			return nil, fmt.Errorf("%w: %q (comparison %d)", ErrSelfComparison, c.Left, i+1)
		}
		switch c.Winner {
		case LeftWins:
			p.outcome[i] = 1
		case RightWins:
			p.outcome[i] = 0
		case Tie:
			p.outcome[i] = 0.5
		default:
			return nil, fmt.Errorf("%w: comparison %d has outcome %v", ErrMalformed, i+1, c.Winner)
		}
		p.left[i], p.right[i] = intern(c.Left), intern(c.Right)
	}
	rank := sortedRank(items, strings.Compare)
	p.items = permute(items, rank)
	for i := range cmps {
		p.left[i], p.right[i] = rank[p.left[i]], rank[p.right[i]]
	}
	return p, nil
}

// winMatrix returns M (n×n, row major): M[i][j] is the number of wins of i
// over j, a tie counting half a win for each.
func (p *pairs) winMatrix() []float64 {
	n := len(p.items)
	m := make([]float64, n*n)
	for i := range p.left {
		a, b, o := int(p.left[i]), int(p.right[i]), p.outcome[i]
		m[a*n+b] += o
		m[b*n+a] += 1 - o
	}
	return m
}

// checkConnected returns ErrNotConnected, naming the components, when the
// undirected comparison graph has more than one component.
func (p *pairs) checkConnected() error {
	n := len(p.items)
	parent := make([]int32, n)
	for i := range parent {
		parent[i] = int32(i)
	}
	var find func(int32) int32
	find = func(x int32) int32 {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	for i := range p.left {
		a, b := find(p.left[i]), find(p.right[i])
		if a != b {
			parent[max(a, b)] = min(a, b)
		}
	}
	groups := map[int32][]string{}
	var roots []int32
	for i := range n {
		r := find(int32(i))
		if _, ok := groups[r]; !ok {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], p.items[i])
	}
	if len(roots) <= 1 {
		return nil
	}
	parts := make([]string, 0, len(roots))
	for _, r := range roots { // roots appear in item order
		parts = append(parts, "{"+listNames(groups[r], 5)+"}")
	}
	return fmt.Errorf("%w: %d components %s; scores in different components cannot be compared",
		ErrNotConnected, len(roots), strings.Join(parts, ", "))
}

// listNames joins up to limit names, then says how many more there are.
func listNames(names []string, limit int) string {
	if len(names) <= limit {
		return strings.Join(names, ", ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(names[:limit], ", "), len(names)-limit)
}

// components returns the strongly connected components of the win graph m
// (an edge i→j when m[i][j] > 0) in topological order, winners first, each
// sorted; nil when there is only one.
func components(items []string, m []float64) [][]string {
	n := len(items)
	// Tarjan's algorithm, iterative; it emits components in reverse
	// topological order.
	index := make([]int32, n)
	low := make([]int32, n)
	onStack := make([]bool, n)
	for i := range index {
		index[i] = -1
	}
	var stack []int32
	var comps [][]string
	next := int32(0)
	type frame struct{ v, j int32 }
	for root := range n {
		if index[root] >= 0 {
			continue
		}
		call := []frame{{int32(root), 0}}
		index[root], low[root] = next, next
		next++
		stack = append(stack, int32(root))
		onStack[root] = true
		for len(call) > 0 {
			f := &call[len(call)-1]
			v := f.v
			if int(f.j) < n {
				w := f.j
				f.j++
				if m[int(v)*n+int(w)] <= 0 {
					continue
				}
				if index[w] < 0 {
					index[w], low[w] = next, next
					next++
					stack = append(stack, w)
					onStack[w] = true
					call = append(call, frame{w, 0})
				} else if onStack[w] {
					low[v] = min(low[v], index[w])
				}
				continue
			}
			call = call[:len(call)-1]
			if len(call) > 0 {
				u := call[len(call)-1].v
				low[u] = min(low[u], low[v])
			}
			if low[v] == index[v] {
				var comp []string
				for {
					w := stack[len(stack)-1]
					stack = stack[:len(stack)-1]
					onStack[w] = false
					comp = append(comp, items[w])
					if w == v {
						break
					}
				}
				slices.Sort(comp)
				comps = append(comps, comp)
			}
		}
	}
	if len(comps) <= 1 {
		return nil
	}
	slices.Reverse(comps)
	return comps
}
