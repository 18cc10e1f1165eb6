package chain

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agora-net/agora/chain/bindings"
)

func TestDecodeRevert(t *testing.T) {
	parsed, err := bindings.AgoraTokenMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	str, _ := abi.NewType("string", "", nil)
	u256, _ := abi.NewType("uint256", "", nil)
	reason, err := abi.Arguments{{Type: str}}.Pack("no")
	if err != nil {
		t.Fatal(err)
	}
	code, err := abi.Arguments{{Type: u256}}.Pack(big.NewInt(0x11))
	if err != nil {
		t.Fatal(err)
	}
	sel := func(sig string) []byte { return crypto.Keccak256([]byte(sig))[:4] }
	paid, err := parsed.Errors["EpochAlreadyPaid"].Inputs.Pack(uint16(4), uint64(2), uint64(9))
	if err != nil {
		t.Fatal(err)
	}
	unauthorized, err := parsed.Errors["AccessControlUnauthorizedAccount"].Inputs.Pack(common.Address{1}, [32]byte{2})
	if err != nil {
		t.Fatal(err)
	}

	for _, tc := range []struct {
		name     string
		data     []byte
		wantName string
		wantIs   error
		wantText string
	}{
		{"empty", nil, "", ErrReverted, "execution reverted: no reason given (data 0x)"},
		{"require", append(sel("Error(string)"), reason...), "Error", ErrReverted, "execution reverted: Error(no)"},
		{"panic", append(sel("Panic(uint256)"), code...), "Panic", ErrReverted, ""},
		{"unknown", []byte{1, 2, 3, 4, 5}, "", ErrReverted, "execution reverted: unknown error 0x0102030405"},
		{"epoch paid", append(sel("EpochAlreadyPaid(uint16,uint64,uint64)"), paid...), "EpochAlreadyPaid", ErrEpochAlreadyPaid,
			"execution reverted: EpochAlreadyPaid(subnet=4, epoch=2, last=9)"},
		{"not minter", append(sel("AccessControlUnauthorizedAccount(address,bytes32)"), unauthorized...),
			"AccessControlUnauthorizedAccount", ErrNotMinter, ""},
		{"truncated args", sel("EpochAlreadyPaid(uint16,uint64,uint64)"), "EpochAlreadyPaid", ErrEpochAlreadyPaid, ""},
	} {
		got := decodeRevert(parsed, tc.data)
		if got.Name != tc.wantName {
			t.Errorf("%s: Name = %q, want %q", tc.name, got.Name, tc.wantName)
		}
		if !errors.Is(got, tc.wantIs) || !errors.Is(got, ErrReverted) {
			t.Errorf("%s: %v does not match %v and ErrReverted", tc.name, got, tc.wantIs)
		}
		if tc.wantText != "" && got.Error() != tc.wantText {
			t.Errorf("%s: Error() = %q, want %q", tc.name, got.Error(), tc.wantText)
		}
		t.Logf("%s: %v", tc.name, got)
	}
}
