package ledger

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// Merkle settlements add each epoch's payouts to one cumulative tree over
// all subnets; push settlements do not. A rejected settle changes nothing,
// and snapshots carry the tree.
func TestMerkleSettlementAccumulates(t *testing.T) {
	h := newHarness(t, testGenesis(t))
	standardSubnet(h, testHyperparams())
	h.ok(testKey(t, 1), TypeSetWeights, SetWeights{Subnet: 1, UIDs: []uint16{2, 3, 4}, Values: []uint16{1, 2, 3}})
	h.tickTo(32) // epochs 1..3 at blocks 10, 20, 30
	tx := func(b byte) string { return "0x" + strings.Repeat(fmt.Sprintf("%02x", b), 32) }
	emission := "0x" + strings.Repeat("e1", 20)
	root := func(b byte) string { return "0x" + strings.Repeat(fmt.Sprintf("%02x", b), 32) }
	v := testKey(t, 2)

	if c := h.f.Claims(); c.Settlements != 0 || len(c.Earned) != 0 || c.Root != (common.Hash{}) {
		t.Fatalf("claims before any settlement: %+v", c)
	}
	want := map[common.Address]uint64{}
	addEpoch := func(epoch uint64) {
		rec, _ := h.f.Epoch(1, epoch)
		for _, p := range rec.Payouts {
			want[p.Address] += p.Amount
		}
	}
	h.ok(v, TypeSettle, Settle{Subnet: 1, Epoch: 1, Tx: tx(1), Mode: SettleMerkle, Root: root(0xa1), Emission: emission})
	addEpoch(1)
	h.ok(v, TypeSettle, Settle{Subnet: 1, Epoch: 2, Tx: tx(2)}) // push: not in the tree
	h.ok(v, TypeSettle, Settle{Subnet: 1, Epoch: 3, Tx: tx(3), Mode: SettleMerkle, Root: root(0xa3), Emission: emission})
	addEpoch(3)

	c := h.f.Claims()
	if c.Settlements != 2 || c.Root != common.HexToHash(root(0xa3)) || c.Emission != common.HexToAddress(emission) || c.ChainID != testChainID {
		t.Fatalf("claims = %+v, want 2 settlements, the last root and the emission", c)
	}
	got := map[common.Address]uint64{}
	var total, paid uint64
	for i, e := range c.Earned {
		if i > 0 && c.Earned[i-1].Account.Cmp(e.Account) >= 0 {
			t.Fatal("earned not sorted by account")
		}
		got[e.Account] = e.Amount
		total += e.Amount
	}
	for _, e := range []uint64{1, 3} {
		rec, _ := h.f.Epoch(1, e)
		paid += rec.PayoutsTotal
	}
	if !reflect.DeepEqual(got, want) || total != paid || total == 0 {
		t.Fatalf("earned %v (total %d), want %v (the payouts of epochs 1 and 3, %d)", got, total, want, paid)
	}
	for a, amount := range want {
		if h.f.Earned(a) != amount {
			t.Fatalf("Earned(%s) = %d, want %d", a.Hex(), h.f.Earned(a), amount)
		}
	}

	// Another emission contract cannot take over the tree; nothing changes.
	h.tickTo(42)
	_, before := stateContent(t, h.f)
	nonce := h.f.Nonce(addrOf(v))
	res := h.send(v, TypeSettle, Settle{Subnet: 1, Epoch: 4, Tx: tx(4), Mode: SettleMerkle, Root: root(0xa4), Emission: "0x" + strings.Repeat("e2", 20)})
	if !errors.Is(res.Cause(), ErrInvalidPayload) || !strings.Contains(res.Err, "emission") {
		t.Fatalf("settle for another emission contract: %q", res.Err)
	}
	if _, after := stateContent(t, h.f); after != before || h.f.Nonce(addrOf(v)) != nonce+1 {
		t.Fatal("the rejected settle changed the state beyond its nonce")
	}
	if rec, _ := h.f.Epoch(1, 4); rec.Tx != "" || h.f.Claims().Settlements != 2 {
		t.Fatal("the rejected settle changed the epoch or the tree")
	}

	// A snapshot carries the tree; a tampered one is refused.
	data := snapshotBytes(t, h.f)
	restored := NewFSM(h.f.genesis)
	if err := restored.Restore(io.NopCloser(bytes.NewReader(data))); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(restored.Claims(), h.f.Claims()) {
		t.Fatal("restored claims differ")
	}
	_, h1 := restored.StateHash()
	_, h2 := h.f.StateHash()
	if h1 != h2 {
		t.Fatal("restored state hash differs")
	}
	for name, broken := range map[string][]byte{
		"no settlements": bytes.Replace(data, []byte(`"settlements":2`), []byte(`"settlements":0`), 1),
		"zero amount":    bytes.Replace(data, []byte(`"amount":`), []byte(`"amount":0,"x":`), 1),
	} {
		if err := NewFSM(h.f.genesis).Restore(io.NopCloser(bytes.NewReader(broken))); !errors.Is(err, ErrInvalidSnapshot) {
			t.Errorf("%s: Restore = %v, want ErrInvalidSnapshot", name, err)
		}
	}
}

func TestSettlePayloadModes(t *testing.T) {
	tx := `"0x` + strings.Repeat("ab", 32) + `"`
	root := `"0x` + strings.Repeat("cd", 32) + `"`
	em := `"0x` + strings.Repeat("ef", 20) + `"`
	cases := []struct{ js, want string }{
		{`{"subnet":1,"epoch":1,"tx":` + tx + `,"mode":"push"}`, ""},
		{`{"subnet":1,"epoch":1,"tx":` + tx + `,"mode":"merkle","root":` + root + `,"emission":` + em + `}`, ""},
		{`{"subnet":1,"epoch":1,"tx":` + tx + `,"mode":"merkle","emission":` + em + `}`, "root"},
		{`{"subnet":1,"epoch":1,"tx":` + tx + `,"mode":"merkle","root":"0x` + strings.Repeat("00", 32) + `","emission":` + em + `}`, "root"},
		{`{"subnet":1,"epoch":1,"tx":` + tx + `,"mode":"merkle","root":` + root + `}`, "emission"},
		{`{"subnet":1,"epoch":1,"tx":` + tx + `,"root":` + root + `}`, "only for mode"},
		{`{"subnet":1,"epoch":1,"tx":` + tx + `,"mode":"airdrop"}`, "mode"},
	}
	for _, c := range cases {
		_, err := DecodeSettle([]byte(c.js))
		if c.want == "" && err != nil {
			t.Errorf("%s: %v", c.js, err)
		}
		if c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)) {
			t.Errorf("%s: %v, want an error naming %q", c.js, err, c.want)
		}
	}
}

// SubnetSummaries is Subnets without the neurons' weight and bond rows.
func TestSubnetSummariesLeaveOutRows(t *testing.T) {
	h := newHarness(t, testGenesis(t))
	standardSubnet(h, testHyperparams())
	h.ok(testKey(t, 1), TypeSetWeights, SetWeights{Subnet: 1, UIDs: []uint16{2, 3, 4}, Values: []uint16{1, 2, 3}})
	h.tickTo(12)
	full, sum := h.f.Subnets(), h.f.SubnetSummaries()
	rows := 0
	for i := range full {
		for k := range full[i].Neurons {
			rows += len(full[i].Neurons[k].Weights) + len(full[i].Neurons[k].Bonds)
			full[i].Neurons[k].Weights, full[i].Neurons[k].Bonds = nil, nil
		}
	}
	if rows == 0 {
		t.Fatal("the test subnet has no weights or bonds to leave out")
	}
	if !reflect.DeepEqual(full, sum) {
		t.Fatal("summaries differ from the subnets beyond the rows")
	}
}

// Hotkeys lists every registered hotkey once, sorted.
func TestHotkeys(t *testing.T) {
	h := newHarness(t, testGenesis(t))
	standardSubnet(h, testHyperparams())
	want := map[common.Address]bool{}
	for _, s := range h.f.Subnets() {
		for _, nu := range s.Neurons {
			want[nu.Hotkey] = true
		}
	}
	got := h.f.Hotkeys()
	if len(got) != len(want) || len(got) == 0 {
		t.Fatalf("%d hotkeys, want %d", len(got), len(want))
	}
	for i, a := range got {
		if !want[a] || i > 0 && got[i-1].Cmp(a) >= 0 {
			t.Fatalf("hotkeys %v: not the registered ones, sorted", got)
		}
	}
}
