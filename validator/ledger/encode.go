package ledger

import (
	"encoding/hex"
	"encoding/json"
	"io"
	"slices"
	"strconv"
	"unicode/utf8"
)

// The canonical state encoding (snapshotFile), written as a stream.
//
// writeState writes exactly the bytes json.Marshal(&snapshotFile{…})
// would (TestStateEncodingMatchesJSON checks it on random states with every
// field set), but in pieces of at most stateChunk bytes, so that neither
// StateHash nor a snapshot's Persist holds the whole encoding in memory,
// and without reflection for the bulky parts (neurons, weight and bond
// rows, epoch records).

// stateChunk is how many encoded bytes writeState gathers before it writes
// them.
const stateChunk = 64 << 10

// stateImage is a state as writeState reads it: the subnets, and the
// nonces and stakes as slices (sorted by writeState).
type stateImage struct {
	index, block, stakeBlock uint64
	genesis                  Genesis
	nonces                   []nonceEntry
	stakes                   []Stake
	claims                   claimsFile
	chain                    chainState
	subnets                  []*subnetState
}

// image returns st as a stateImage under genesis g. The subnets are
// shared, not copied: the image is valid while st does not change.
func (st *state) image(g Genesis) *stateImage {
	img := &stateImage{
		index: st.index, block: st.block, stakeBlock: st.stakeBlock, genesis: g,
		nonces:  make([]nonceEntry, 0, len(st.nonces)),
		stakes:  make([]Stake, 0, len(st.stakes)),
		claims:  st.claims.file(),
		chain:   st.chain.clone(),
		subnets: st.subnets,
	}
	for a, n := range st.nonces { // sorted by writeState
		img.nonces = append(img.nonces, nonceEntry{a, n})
	}
	for a, v := range st.stakes { // sorted by writeState
		img.stakes = append(img.stakes, Stake{a, v})
	}
	return img
}

// stateWriter appends encoded bytes to buf and writes buf to w whenever it
// holds stateChunk bytes; the first write error sticks.
type stateWriter struct {
	w   io.Writer
	buf []byte
	err error
}

func (sw *stateWriter) flush() {
	if sw.err == nil && len(sw.buf) > 0 {
		_, sw.err = sw.w.Write(sw.buf)
	}
	sw.buf = sw.buf[:0]
}

func (sw *stateWriter) maybeFlush() {
	if len(sw.buf) >= stateChunk {
		sw.flush()
	}
}

// writeState writes the canonical encoding of img to w.
func writeState(w io.Writer, img *stateImage) error {
	slices.SortFunc(img.nonces, func(a, b nonceEntry) int { return a.Address.Cmp(b.Address) })
	slices.SortFunc(img.stakes, func(a, b Stake) int { return a.Hotkey.Cmp(b.Hotkey) })
	sw := &stateWriter{w: w, buf: make([]byte, 0, stateChunk+4<<10)}
	b := append(sw.buf, `{"format":`...)
	b = appendString(b, snapshotFormat)
	b = append(b, `,"index":`...)
	b = strconv.AppendUint(b, img.index, 10)
	b = append(b, `,"block":`...)
	b = strconv.AppendUint(b, img.block, 10)
	b = append(b, `,"genesis":`...)
	b = appendJSON(b, img.genesis)
	b = append(b, `,"nonces":[`...)
	for i, n := range img.nonces {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"address":`...)
		b = appendHex(b, n.Address[:])
		b = append(b, `,"nonce":`...)
		b = strconv.AppendUint(b, n.Nonce, 10)
		b = append(b, '}')
		if len(b) >= stateChunk {
			sw.buf = b
			sw.flush()
			b = sw.buf
		}
	}
	b = append(b, `],"stake_block":`...)
	b = strconv.AppendUint(b, img.stakeBlock, 10)
	b = append(b, `,"stakes":[`...)
	for i, s := range img.stakes {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendStake(b, s)
		if len(b) >= stateChunk {
			sw.buf = b
			sw.flush()
			b = sw.buf
		}
	}
	b = append(b, `],"claims":`...)
	sw.buf = b
	sw.claims(img.claims)
	sw.buf = append(sw.buf, `,"chain":`...)
	sw.buf = appendJSON(sw.buf, img.chain)
	sw.buf = append(sw.buf, `,"subnets":[`...)
	for i, s := range img.subnets {
		if i > 0 {
			sw.buf = append(sw.buf, ',')
		}
		sw.subnet(s)
	}
	sw.buf = append(sw.buf, "]}"...)
	sw.flush()
	return sw.err
}

func appendStake(b []byte, s Stake) []byte {
	b = append(b, `{"hotkey":`...)
	b = appendHex(b, s.Hotkey[:])
	b = append(b, `,"amount":`...)
	b = strconv.AppendUint(b, s.Amount, 10)
	return append(b, '}')
}

// subnet appends one subnetState as encoding/json writes it.
func (sw *stateWriter) subnet(s *subnetState) {
	b := append(sw.buf, `{"id":`...)
	b = strconv.AppendUint(b, uint64(s.ID), 10)
	b = append(b, `,"name":`...)
	b = appendString(b, s.Name)
	b = append(b, `,"task":`...)
	b = appendString(b, s.Task)
	b = append(b, `,"model_hash":`...)
	b = appendString(b, s.ModelHash)
	if s.ModelURL != "" {
		b = append(b, `,"model_url":`...)
		b = appendString(b, s.ModelURL)
	}
	if len(s.Datasets) > 0 {
		b = append(b, `,"datasets":`...)
		b = appendJSON(b, s.Datasets)
	}
	b = append(b, `,"scoring":`...)
	b = appendJSON(b, s.Scoring)
	b = append(b, `,"owner":`...)
	b = appendHex(b, s.Owner[:])
	b = append(b, `,"hyperparams":`...)
	b = appendJSON(b, s.Hyperparams)
	b = append(b, `,"created_at":`...)
	b = strconv.AppendUint(b, s.CreatedAt, 10)
	b = append(b, `,"last_epoch_block":`...)
	b = strconv.AppendUint(b, s.LastEpochBlock, 10)
	b = append(b, `,"epoch_start":`...)
	b = strconv.AppendUint(b, s.EpochStart, 10)
	b = append(b, `,"epoch_index":`...)
	b = strconv.AppendUint(b, s.EpochIndex, 10)
	b = append(b, `,"burn":`...)
	b = strconv.AppendUint(b, s.Burn, 10)
	b = append(b, `,"burn_decay_q32":`...)
	b = strconv.AppendUint(b, s.BurnDecayQ32, 10)
	if s.OwnerHyperparamsBlock != nil {
		b = append(b, `,"owner_hyperparams_block":`...)
		b = strconv.AppendUint(b, *s.OwnerHyperparamsBlock, 10)
	}
	if len(s.Neurons) > 0 {
		b = append(b, `,"neurons":[`...)
		for i := range s.Neurons {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendNeuron(b, &s.Neurons[i])
			sw.buf = b
			sw.maybeFlush()
			b = sw.buf
		}
		b = append(b, ']')
	}
	if len(s.Epochs) > 0 {
		b = append(b, `,"epochs":[`...)
		for i := range s.Epochs {
			if i > 0 {
				b = append(b, ',')
			}
			sw.buf = b
			sw.epoch(&s.Epochs[i])
			b = sw.buf
		}
		b = append(b, ']')
	}
	if s.Labeling != nil {
		sw.buf = append(b, `,"labeling":`...)
		sw.labeling(s.Labeling)
		b = sw.buf
	}
	if len(s.Offences) > 0 {
		b = append(b, `,"offences":`...)
		b = appendJSON(b, s.Offences)
	}
	if s.FineTuneSeq != 0 {
		b = append(b, `,"fine_tune_seq":`...)
		b = strconv.AppendUint(b, s.FineTuneSeq, 10)
	}
	sw.buf = append(b, '}')
	sw.maybeFlush()
}

// labeling appends a labelingState as encoding/json writes it.
func (sw *stateWriter) labeling(l *labelingState) {
	b := append(sw.buf, '{')
	if len(l.Pending) > 0 {
		b = append(b, `"pending":`...)
		sw.buf = b
		sw.comparisons(l.Pending)
		b = sw.buf
	}
	if len(l.Rounds) > 0 {
		if len(l.Pending) > 0 {
			b = append(b, ',')
		}
		b = append(b, `"rounds":[`...)
		for i := range l.Rounds {
			r := &l.Rounds[i]
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"round":`...)
			b = strconv.AppendUint(b, r.Round, 10)
			b = append(b, `,"block":`...)
			b = strconv.AppendUint(b, r.Block, 10)
			if len(r.Labelers) > 0 {
				b = append(b, `,"labelers":[`...)
				for k, lb := range r.Labelers {
					if k > 0 {
						b = append(b, ',')
					}
					b = append(b, `{"hotkey":`...)
					b = appendHex(b, lb.Hotkey[:])
					b = append(b, `,"since":`...)
					b = strconv.AppendUint(b, lb.Since, 10)
					b = append(b, '}')
				}
				b = append(b, ']')
			}
			if len(r.Comparisons) > 0 {
				b = append(b, `,"comparisons":`...)
				sw.buf = b
				sw.comparisons(r.Comparisons)
				b = sw.buf
			}
			if len(r.Labels) > 0 {
				b = append(b, `,"labels":[`...)
				for k := range r.Labels {
					if k > 0 {
						b = append(b, ',')
					}
					b = appendLabel(b, &r.Labels[k])
					if len(b) >= stateChunk {
						sw.buf = b
						sw.flush()
						b = sw.buf
					}
				}
				b = append(b, ']')
			}
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	sw.buf = append(b, '}')
	sw.maybeFlush()
}

// comparisons appends a JSON array of stored comparisons.
func (sw *stateWriter) comparisons(cs []StoredComparison) {
	b := append(sw.buf, '[')
	for i, c := range cs {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"id":`...)
		b = appendString(b, c.ID)
		b = append(b, `,"prompt":`...)
		b = appendString(b, c.Prompt)
		b = append(b, `,"a":`...)
		b = appendString(b, c.A)
		b = append(b, `,"b":`...)
		b = appendString(b, c.B)
		b = append(b, '}')
		if len(b) >= stateChunk {
			sw.buf = b
			sw.flush()
			b = sw.buf
		}
	}
	sw.buf = append(b, ']')
}

func appendLabel(b []byte, l *Label) []byte {
	b = append(b, `{"labeler":`...)
	b = appendHex(b, l.Labeler[:])
	b = append(b, `,"item":"`...)
	b = hex.AppendEncode(b, l.Item[:])
	b = append(b, `","choice":`...)
	b = appendString(b, l.Choice)
	if l.Confidence != 0 {
		b = append(b, `,"confidence":`...)
		b = strconv.AppendUint(b, uint64(l.Confidence), 10)
	}
	return append(b, '}')
}

func appendNeuron(b []byte, nu *neuron) []byte {
	b = append(b, `{"hotkey":`...)
	b = appendHex(b, nu.Hotkey[:])
	b = append(b, `,"role":`...)
	b = appendString(b, nu.Role)
	b = append(b, `,"axon":`...)
	b = appendString(b, nu.Axon)
	if nu.AxonProtocol != 0 {
		b = append(b, `,"axon_protocol":`...)
		b = strconv.AppendUint(b, uint64(nu.AxonProtocol), 10)
	}
	if nu.AxonBlock != 0 {
		b = append(b, `,"axon_block":`...)
		b = strconv.AppendUint(b, nu.AxonBlock, 10)
	}
	b = append(b, `,"burn":`...)
	b = strconv.AppendUint(b, nu.Burn, 10)
	b = append(b, `,"registered_at":`...)
	b = strconv.AppendUint(b, nu.RegisteredAt, 10)
	b = append(b, `,"last_update":`...)
	b = strconv.AppendUint(b, nu.LastUpdate, 10)
	b = append(b, `,"validator_permit":`...)
	b = strconv.AppendBool(b, nu.ValidatorPermit)
	b = append(b, `,"active":`...)
	b = strconv.AppendBool(b, nu.Active)
	b = append(b, `,"consensus":`...)
	b = strconv.AppendUint(b, uint64(nu.Consensus), 10)
	b = append(b, `,"incentive":`...)
	b = strconv.AppendUint(b, uint64(nu.Incentive), 10)
	b = append(b, `,"dividends":`...)
	b = strconv.AppendUint(b, uint64(nu.Dividends), 10)
	b = append(b, `,"validator_trust":`...)
	b = strconv.AppendUint(b, uint64(nu.ValidatorTrust), 10)
	b = append(b, `,"emission":`...)
	b = strconv.AppendUint(b, nu.Emission, 10)
	if len(nu.Weights) > 0 {
		b = append(b, `,"weights":`...)
		b = appendEntries(b, nu.Weights)
	}
	if len(nu.Bonds) > 0 {
		b = append(b, `,"bonds":`...)
		b = appendEntries(b, nu.Bonds)
	}
	if len(nu.Commits) > 0 {
		b = append(b, `,"commits":[`...)
		for i, c := range nu.Commits {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"hash":`...)
			b = appendHex(b, c.Hash[:])
			b = append(b, `,"epoch":`...)
			b = strconv.AppendUint(b, c.Epoch, 10)
			b = append(b, `,"block":`...)
			b = strconv.AppendUint(b, c.Block, 10)
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	if nu.ModelHash != "" {
		b = append(b, `,"model_hash":`...)
		b = appendString(b, nu.ModelHash)
	}
	if nu.Hardware != nil {
		b = append(b, `,"hardware":`...)
		b = appendJSON(b, nu.Hardware)
	}
	if len(nu.FineTunes) > 0 {
		b = append(b, `,"fine_tunes":`...)
		b = appendJSON(b, nu.FineTunes)
	}
	return append(b, '}')
}

func appendEntries(b []byte, row []Entry) []byte {
	b = append(b, '[')
	for i, e := range row {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"uid":`...)
		b = strconv.AppendUint(b, uint64(e.UID), 10)
		b = append(b, `,"value":`...)
		b = strconv.AppendUint(b, uint64(e.Value), 10)
		b = append(b, '}')
	}
	return append(b, ']')
}

// epoch appends one EpochRecord as encoding/json writes it.
func (sw *stateWriter) epoch(r *EpochRecord) {
	b := append(sw.buf, `{"subnet":`...)
	b = strconv.AppendUint(b, uint64(r.Subnet), 10)
	b = append(b, `,"epoch":`...)
	b = strconv.AppendUint(b, r.Epoch, 10)
	b = append(b, `,"block":`...)
	b = strconv.AppendUint(b, r.Block, 10)
	b = append(b, `,"emission":`...)
	b = strconv.AppendUint(b, r.Emission, 10)
	b = append(b, `,"owner_cut":`...)
	b = strconv.AppendUint(b, r.OwnerCut, 10)
	b = append(b, `,"owner":`...)
	b = appendHex(b, r.Owner[:])
	b = append(b, `,"payouts_total":`...)
	b = strconv.AppendUint(b, r.PayoutsTotal, 10)
	b = append(b, `,"payouts_hash":`...)
	b = appendHex(b, r.PayoutsHash[:])
	b = append(b, `,"payouts":`...)
	if r.Payouts == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i, p := range r.Payouts {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"uid":`...)
			b = strconv.AppendUint(b, uint64(p.UID), 10)
			b = append(b, `,"address":`...)
			b = appendHex(b, p.Address[:])
			b = append(b, `,"role":`...)
			b = appendString(b, p.Role)
			b = append(b, `,"amount":`...)
			b = strconv.AppendUint(b, p.Amount, 10)
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	b = append(b, `,"metagraph":`...)
	if r.Metagraph == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range r.Metagraph {
			if i > 0 {
				b = append(b, ',')
			}
			m := &r.Metagraph[i]
			b = append(b, `{"uid":`...)
			b = strconv.AppendUint(b, uint64(m.UID), 10)
			b = append(b, `,"hotkey":`...)
			b = appendHex(b, m.Hotkey[:])
			b = append(b, `,"role":`...)
			b = appendString(b, m.Role)
			b = append(b, `,"stake":`...)
			b = strconv.AppendUint(b, m.Stake, 10)
			b = append(b, `,"validator_permit":`...)
			b = strconv.AppendBool(b, m.ValidatorPermit)
			b = append(b, `,"active":`...)
			b = strconv.AppendBool(b, m.Active)
			b = append(b, `,"consensus":`...)
			b = strconv.AppendUint(b, uint64(m.Consensus), 10)
			b = append(b, `,"incentive":`...)
			b = strconv.AppendUint(b, uint64(m.Incentive), 10)
			b = append(b, `,"dividends":`...)
			b = strconv.AppendUint(b, uint64(m.Dividends), 10)
			b = append(b, `,"validator_trust":`...)
			b = strconv.AppendUint(b, uint64(m.ValidatorTrust), 10)
			b = append(b, `,"emission":`...)
			b = strconv.AppendUint(b, m.Emission, 10)
			b = append(b, '}')
			if len(b) >= stateChunk {
				sw.buf = b
				sw.flush()
				b = sw.buf
			}
		}
		b = append(b, ']')
	}
	b = append(b, `,"tx":`...)
	b = appendString(b, r.Tx)
	if r.Pruned {
		b = append(b, `,"pruned":true`...)
	}
	sw.buf = append(b, '}')
	sw.maybeFlush()
}

// appendHex appends bytes as a JSON string "0x…" in lower-case hex, as
// common.Address and common.Hash encode.
func appendHex(b, v []byte) []byte {
	b = append(b, `"0x`...)
	b = hex.AppendEncode(b, v)
	return append(b, '"')
}

// appendString appends s as a JSON string the way encoding/json writes it
// (HTML characters escaped, invalid UTF-8 replaced).
func appendString(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= utf8.RuneSelf || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			return appendJSON(b, s)
		}
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}

// appendJSON appends json.Marshal(v); v never fails to encode (the state
// holds only integers, strings, bools, addresses and slices of them).
func appendJSON(b []byte, v any) []byte {
	data, err := json.Marshal(v)
	if err != nil {
		panic("ledger: encoding the state: " + err.Error())
	}
	return append(b, data...)
}
