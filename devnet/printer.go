package devnet

import (
	"fmt"
	"io"
	"sync"
	"text/tabwriter"

	"github.com/agora-net/agora/validator/ledger"
)

// printer writes human-readable progress; safe for concurrent use.
type printer struct {
	mu sync.Mutex
	w  io.Writer
}

func (p *printer) printf(format string, args ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	fmt.Fprintf(p.w, format, args...)
}

// metagraph prints an epoch's metagraph table.
func (p *printer) metagraph(rec ledger.EpochRecord, st *state) {
	p.mu.Lock()
	defer p.mu.Unlock()
	fmt.Fprintf(p.w, "\nEpoch %d of subnet %d at block %d: emission %d (owner cut %d)\n", rec.Epoch, rec.Subnet, rec.Block, rec.Emission, rec.OwnerCut)
	tw := tabwriter.NewWriter(p.w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "uid\trole\tstake\tincentive\tdividends\temission\thotkey\tname\t")
	for _, r := range rec.Metagraph {
		fmt.Fprintf(tw, "%d\t%s\t%d\t%.4f\t%.4f\t%d\t%s\t%s\t\n", r.UID, r.Role, r.Stake,
			float64(r.Incentive)/65535, float64(r.Dividends)/65535, r.Emission, short(r.Hotkey.Hex()), st.nameOf(r.Hotkey))
	}
	tw.Flush()
}

func short(h string) string {
	if len(h) < 12 {
		return h
	}
	return h[:8] + "…" + h[len(h)-4:]
}
