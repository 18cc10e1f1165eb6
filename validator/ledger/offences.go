package ledger

import (
	"fmt"
	"math/bits"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agora-net/agora/subnet"
)

// Offences: validators report a miner's signed wrong answers; once
// validators holding two thirds of the subnet's validator stake have
// reported the same miner in the same epoch, the offence is confirmed and
// the leader slashes the miner's stake on chain.

// Command types of the offence path.
const (
	// TypeReportEvidence reports a miner's signed wrong answer (see
	// ReportEvidence).
	TypeReportEvidence = "report_evidence"
	// TypeSlash records the slash of a confirmed offence (see Slash).
	TypeSlash = "slash"
)

// Limits of the offence records.
const (
	// MaxOffences is how many offences a subnet holds at once.
	MaxOffences = 1024
	// MaxSlashedOffences is how many slashed offences a subnet keeps; the
	// oldest beyond it are dropped.
	MaxSlashedOffences = 64
)

// ReportEvidence reports that a miner signed a wrong answer. Signer: a
// validator of the subnet holding a validator permit. JSON:
//
//	{"subnet": 1, "hotkey": "0x…", "evidence": "0x<64 hex>"}
//
// all required. evidence is the hash of the signed request and answer
// (miner.Evidence.Hash), which the reporting validator keeps and serves so
// that anyone can check it; the ledger cannot recompute a model and takes
// the validators' word, but only the word of two thirds of the stake. A
// report opens the miner's offence of the subnet's current epoch index,
// or joins it; reports of the same evidence twice, by the same validator
// twice, or after the offence was confirmed are refused.
type ReportEvidence struct {
	Subnet   uint16         `json:"subnet"`
	Hotkey   common.Address `json:"hotkey"`
	Evidence common.Hash    `json:"evidence"`
}

// Slash records how a confirmed offence was slashed on chain. Signer: a
// genesis validator. JSON:
//
//	{"subnet": 1, "hotkey": "0x…", "epoch": 3, "amount": 500000000, "tx": "0x<64 hex>"}
//
// subnet, hotkey, epoch (the offence's epoch index) and amount are
// required; tx is required when amount > 0 and absent when it is 0 (the
// miner had nothing at stake).
type Slash struct {
	Subnet uint16         `json:"subnet"`
	Hotkey common.Address `json:"hotkey"`
	Epoch  uint64         `json:"epoch"`
	Amount uint64         `json:"amount"`
	Tx     string         `json:"tx,omitempty"`
}

// Offence is a miner's offence in one epoch index of a subnet: the reports
// against it and, once confirmed and slashed, the slash.
type Offence struct {
	Hotkey common.Address `json:"hotkey"`
	// UID is the miner's uid when the offence was opened.
	UID uint16 `json:"uid"`
	// Epoch is the subnet's epoch index when it was opened.
	Epoch uint64 `json:"epoch"`
	// Evidence is the first report's evidence hash, which the slash
	// names on chain.
	Evidence common.Hash `json:"evidence"`
	// Reports are the reports, in the order applied.
	Reports []Report `json:"reports"`
	// Confirmed: the reporters held two thirds of the subnet's validator
	// stake (ConfirmedBlock is when).
	Confirmed      bool   `json:"confirmed,omitempty"`
	ConfirmedBlock uint64 `json:"confirmed_block,omitempty"`
	// Slashed, Amount and Tx record the slash.
	Slashed bool   `json:"slashed,omitempty"`
	Amount  uint64 `json:"amount,omitempty"`
	Tx      string `json:"tx,omitempty"`
}

// Report is one validator's report of an offence.
type Report struct {
	Validator common.Address `json:"validator"`
	Evidence  common.Hash    `json:"evidence"`
	Block     uint64         `json:"block"`
}

// OffenceView is an offence with its subnet.
type OffenceView struct {
	Subnet uint16 `json:"subnet"`
	Offence
}

func (o Offence) clone() Offence {
	o.Reports = slices.Clone(o.Reports)
	return o
}

// Validate checks the hotkey and the evidence hash (both nonzero).
func (r ReportEvidence) Validate() error {
	switch {
	case r.Hotkey == (common.Address{}):
		return payloadError(TypeReportEvidence, "hotkey: zero address")
	case r.Evidence == (common.Hash{}):
		return payloadError(TypeReportEvidence, "evidence: zero hash")
	}
	return nil
}

// Validate checks the hotkey (nonzero) and that tx is a transaction hash
// exactly when amount > 0.
func (s Slash) Validate() error {
	switch {
	case s.Hotkey == (common.Address{}):
		return payloadError(TypeSlash, "hotkey: zero address")
	case s.Amount == 0 && s.Tx != "":
		return payloadError(TypeSlash, "tx: nothing was slashed (amount 0), so there is no transaction")
	case s.Amount > 0 && (len(s.Tx) != 66 || s.Tx[:2] != "0x" || !isHex(s.Tx[2:], 64, true)):
		return payloadError(TypeSlash, "tx: want 0x and 64 hex digits, got %q", truncate(s.Tx, 80))
	}
	return nil
}

// DecodeReportEvidence decodes and validates a report_evidence payload.
func DecodeReportEvidence(payload []byte) (ReportEvidence, error) {
	var r ReportEvidence
	if err := decodePayload(TypeReportEvidence, payload, &r, "subnet", "hotkey", "evidence"); err != nil {
		return ReportEvidence{}, err
	}
	return validated(r)
}

// DecodeSlash decodes and validates a slash payload.
func DecodeSlash(payload []byte) (Slash, error) {
	var s Slash
	if err := decodePayload(TypeSlash, payload, &s, "subnet", "hotkey", "epoch", "amount"); err != nil {
		return Slash{}, err
	}
	return validated(s)
}

// reportEvidence applies a report: the signer is a validator of the subnet
// with a permit, the hotkey one of its miners, the evidence new on the
// subnet. The report joins the hotkey's offence of the current epoch
// index (opening it, within MaxOffences) unless that is confirmed or the
// signer has reported it already, and the offence is confirmed once
//
//	3 · Σ stake(reporters) ≥ 2 · Σ stake(validators with a permit) > 0
//
// with the stakes of the ledger's stake table now.
func (f *FSM) reportEvidence(signer common.Address, r ReportEvidence) error {
	s, ok := f.st.subnet(r.Subnet)
	if !ok {
		return fmt.Errorf("%w: %d", ErrUnknownSubnet, r.Subnet)
	}
	me := s.uidOf(signer)
	if me < 0 || s.Neurons[me].Role != RoleValidator || !s.Neurons[me].ValidatorPermit {
		return fmt.Errorf("%w: report_evidence needs a validator with a permit on subnet %d, %s is not one", ErrUnauthorized, s.ID, signer.Hex())
	}
	uid := s.uidOf(r.Hotkey)
	if uid < 0 || s.Neurons[uid].Role != RoleMiner {
		return fmt.Errorf("ledger: report_evidence on subnet %d: miner %s: %w", s.ID, r.Hotkey.Hex(), subnet.ErrNotRegistered)
	}
	for _, o := range s.Offences {
		if slices.ContainsFunc(o.Reports, func(p Report) bool { return p.Evidence == r.Evidence }) {
			return fmt.Errorf("%w: evidence %s is reported already", ErrDuplicateReport, r.Evidence.Hex())
		}
	}
	i := slices.IndexFunc(s.Offences, func(o Offence) bool { return o.Hotkey == r.Hotkey && o.Epoch == s.EpochIndex })
	if i < 0 {
		if len(s.Offences) >= MaxOffences {
			return fmt.Errorf("%w: subnet %d holds %d", ErrTooManyOffences, s.ID, len(s.Offences))
		}
		s.Offences = append(s.Offences, Offence{Hotkey: r.Hotkey, UID: uint16(uid), Epoch: s.EpochIndex, Evidence: r.Evidence})
		i = len(s.Offences) - 1
	}
	o := &s.Offences[i]
	switch {
	case o.Confirmed:
		return fmt.Errorf("%w: %s on subnet %d in epoch %d", ErrAlreadyConfirmed, r.Hotkey.Hex(), s.ID, o.Epoch)
	case slices.ContainsFunc(o.Reports, func(p Report) bool { return p.Validator == signer }):
		return fmt.Errorf("%w: %s reported %s in epoch %d already", ErrDuplicateReport, signer.Hex(), r.Hotkey.Hex(), o.Epoch)
	}
	o.Reports = append(o.Reports, Report{Validator: signer, Evidence: r.Evidence, Block: f.st.block})
	var reported, total uint64 // each ≤ 2^63 − 1: the stake table's bound
	for k := range s.Neurons {
		nu := &s.Neurons[k]
		if nu.Role != RoleValidator || !nu.ValidatorPermit {
			continue
		}
		total += f.stakeOf(nu)
		if slices.ContainsFunc(o.Reports, func(p Report) bool { return p.Validator == nu.Hotkey }) {
			reported += f.stakeOf(nu)
		}
	}
	hi3, lo3 := bits.Mul64(reported, 3)
	hi2, lo2 := bits.Mul64(total, 2)
	if total > 0 && (hi3 > hi2 || hi3 == hi2 && lo3 >= lo2) {
		o.Confirmed, o.ConfirmedBlock = true, f.st.block
	}
	return nil
}

// slash records the slash of a confirmed offence and keeps the subnet's
// last MaxSlashedOffences slashed offences.
func (f *FSM) slash(signer common.Address, p Slash) error {
	if !f.isValidator(signer) {
		return fmt.Errorf("%w: slash needs a genesis validator, %s is not", ErrUnauthorized, signer.Hex())
	}
	s, ok := f.st.subnet(p.Subnet)
	if !ok {
		return fmt.Errorf("%w: %d", ErrUnknownSubnet, p.Subnet)
	}
	i := slices.IndexFunc(s.Offences, func(o Offence) bool { return o.Hotkey == p.Hotkey && o.Epoch == p.Epoch })
	if i < 0 {
		return fmt.Errorf("%w: %s on subnet %d in epoch %d", ErrUnknownOffence, p.Hotkey.Hex(), s.ID, p.Epoch)
	}
	o := &s.Offences[i]
	switch {
	case !o.Confirmed:
		return fmt.Errorf("%w: %s on subnet %d in epoch %d", ErrNotConfirmed, p.Hotkey.Hex(), s.ID, p.Epoch)
	case o.Slashed:
		return fmt.Errorf("%w: %s on subnet %d in epoch %d by %q", ErrAlreadySlashed, p.Hotkey.Hex(), s.ID, p.Epoch, o.Tx)
	}
	o.Slashed, o.Amount, o.Tx = true, p.Amount, strings.ToLower(p.Tx)
	slashed := 0
	for _, o := range s.Offences {
		if o.Slashed {
			slashed++
		}
	}
	for k := 0; slashed > MaxSlashedOffences; {
		if s.Offences[k].Slashed {
			s.Offences = slices.Delete(s.Offences, k, k+1)
			slashed--
			continue
		}
		k++
	}
	return nil
}

// dropStaleOffences removes the offences that can no longer be confirmed:
// unconfirmed ones of an epoch index before the current one (reports join
// only the current index's offence). It runs at every tick.
func (s *subnetState) dropStaleOffences() {
	s.Offences = slices.DeleteFunc(s.Offences, func(o Offence) bool { return !o.Confirmed && o.Epoch < s.EpochIndex })
	if len(s.Offences) == 0 {
		s.Offences = nil
	}
}

// checkOffences verifies a restored subnet's offences: at most
// MaxOffences, distinct (hotkey, epoch) pairs, epochs up to the epoch
// index, at least one report each with distinct validators and evidence,
// the first report's evidence as the offence's, a slash only when
// confirmed (with a transaction exactly when something was slashed), no
// stale unconfirmed offence, and at most MaxSlashedOffences slashed.
func (s *subnetState) checkOffences(block uint64) error {
	if len(s.Offences) > MaxOffences {
		return fmt.Errorf("%d offences, at most %d", len(s.Offences), MaxOffences)
	}
	type key struct {
		hotkey common.Address
		epoch  uint64
	}
	seen := map[key]bool{}
	evidence := map[common.Hash]bool{}
	slashed := 0
	for i, o := range s.Offences {
		k := key{o.Hotkey, o.Epoch}
		bad := func(why string) error {
			return fmt.Errorf("offence %d (%s, epoch %d): %s", i, o.Hotkey.Hex(), o.Epoch, why)
		}
		switch {
		case seen[k]:
			return bad("repeated")
		case o.Epoch > s.EpochIndex || !o.Confirmed && o.Epoch < s.EpochIndex:
			return bad("epoch out of range")
		case len(o.Reports) == 0 || o.Reports[0].Evidence != o.Evidence:
			return bad("no report, or evidence not the first report's")
		case !o.Confirmed && o.ConfirmedBlock != 0 || o.ConfirmedBlock > block:
			return bad("confirmation block out of range")
		case o.Slashed && !o.Confirmed:
			return bad("slashed but not confirmed")
		case !o.Slashed && (o.Amount != 0 || o.Tx != ""):
			return bad("slash recorded but not slashed")
		case o.Slashed && (o.Amount == 0) != (o.Tx == ""):
			return bad("slash transaction and amount disagree")
		case o.Tx != "" && (Slash{Hotkey: o.Hotkey, Amount: o.Amount, Tx: o.Tx}).Validate() != nil:
			return bad("malformed slash transaction")
		}
		seen[k] = true
		if o.Slashed {
			slashed++
		}
		validators := map[common.Address]bool{}
		for _, r := range o.Reports {
			if validators[r.Validator] || evidence[r.Evidence] || r.Block > block || r.Evidence == (common.Hash{}) {
				return bad("report repeated, in the future or with a zero hash")
			}
			validators[r.Validator], evidence[r.Evidence] = true, true
		}
	}
	if slashed > MaxSlashedOffences {
		return fmt.Errorf("%d slashed offences, at most %d", slashed, MaxSlashedOffences)
	}
	return nil
}

// Offences returns a subnet's offences in the order they were opened.
func (f *FSM) Offences(subnet uint16) []Offence {
	f.mu.RLock()
	defer f.mu.RUnlock()
	s, ok := f.st.subnet(subnet)
	if !ok {
		return nil
	}
	out := make([]Offence, len(s.Offences))
	for i, o := range s.Offences {
		out[i] = o.clone()
	}
	return out
}

// PendingSlashes returns the confirmed offences not slashed yet, by subnet
// id, then in the order they were opened: the work of the leader's
// slashing worker.
func (f *FSM) PendingSlashes() []OffenceView {
	f.mu.RLock()
	defer f.mu.RUnlock()
	var out []OffenceView
	for _, s := range f.st.subnets {
		for _, o := range s.Offences {
			if o.Confirmed && !o.Slashed {
				out = append(out, OffenceView{Subnet: s.ID, Offence: o.clone()})
			}
		}
	}
	return out
}
