package chain

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// contract is what every client holds of its contract: the address, the ABI
// and the sender that signs, sends and awaits its transactions.
type contract struct {
	addr common.Address
	abi  *abi.ABI
	s    *sender
}

func newContract(addr common.Address, meta *bind.MetaData, s *sender) (contract, error) {
	parsed, err := meta.GetAbi()
	if err != nil {
		return contract{}, fmt.Errorf("chain: parse abi: %w", err)
	}
	return contract{addr: addr, abi: parsed, s: s}, nil
}

// transact sends a call of method with args signed by key and waits until
// it is mined; see sender.transact. Errors are not prefixed.
func (c *contract) transact(ctx context.Context, key *ecdsa.PrivateKey, method string, args ...any) (common.Hash, *types.Receipt, error) {
	data, err := c.abi.Pack(method, args...)
	if err != nil {
		return common.Hash{}, nil, fmt.Errorf("pack %s: %w", method, err)
	}
	return c.s.transact(ctx, key, c.addr, data)
}

// call runs the view method with args at block (nil: the latest) and
// returns its outputs. Errors are not prefixed.
func (c *contract) call(ctx context.Context, block *big.Int, method string, args ...any) ([]any, error) {
	data, err := c.abi.Pack(method, args...)
	if err != nil {
		return nil, fmt.Errorf("pack %s: %w", method, err)
	}
	out, err := c.s.call(ctx, c.addr, data, block)
	if err != nil {
		return nil, err
	}
	vals, err := c.abi.Unpack(method, out)
	if err != nil {
		return nil, fmt.Errorf("unpack %s: %w", method, err)
	}
	return vals, nil
}

// callBig runs a view method returning one uint256.
func (c *contract) callBig(ctx context.Context, block *big.Int, method string, args ...any) (*big.Int, error) {
	vals, err := c.call(ctx, block, method, args...)
	if err != nil {
		return nil, err
	}
	v, ok := vals[0].(*big.Int)
	if !ok {
		return nil, fmt.Errorf("%s returned %T, want *big.Int", method, vals[0])
	}
	return v, nil
}

// bigU64 converts an amount to the *big.Int the ABI packs as uint256.
func bigU64(v uint64) *big.Int {
	return new(big.Int).SetUint64(v)
}
