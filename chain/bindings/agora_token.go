// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// AgoraTokenMetaData contains all meta data concerning the AgoraToken contract.
var AgoraTokenMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"minter\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"subnet\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"last\",\"type\":\"uint64\"}],\"name\":\"EpochAlreadyPaid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"recipients\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amounts\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroMinter\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"subnet\",\"type\":\"uint16\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"recipients\",\"type\":\"uint256\"}],\"name\":\"EpochPaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MINTER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"subnet\",\"type\":\"uint16\"}],\"name\":\"lastPaidEpoch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"subnet\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"address[]\",\"name\":\"recipients\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"amounts\",\"type\":\"uint256[]\"}],\"name\":\"payEpoch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x608060405234801561000f575f5ffd5b5060405161113138038061113183398101604081905261002e91610197565b6040518060400160405280600581526020016441676f726160d81b8152506040518060400160405280600381526020016220a3a960e91b81525081600390816100779190610267565b5060046100848282610267565b5050506001600160a01b0381166100ae576040516341f2769560e11b815260040160405180910390fd5b6100b85f336100ea565b506100e37f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a6826100ea565b5050610325565b5f8281526005602090815260408083206001600160a01b038516845290915281205460ff1661018e575f8381526005602090815260408083206001600160a01b03861684529091529020805460ff191660011790556101463390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610191565b505f5b92915050565b5f602082840312156101a7575f5ffd5b81516001600160a01b03811681146101bd575f5ffd5b9392505050565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806101ec57607f821691505b60208210810361020a57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610262578282111561026257805f5260205f20601f840160051c602085101561023b57505f5b90810190601f840160051c035f5b8181101561025e575f83820155600101610249565b5050505b505050565b81516001600160401b03811115610280576102806101c4565b6102948161028e84546101d8565b84610210565b6020601f8211600181146102c6575f83156102af5750848201515b5f19600385901b1c1916600184901b17845561031e565b5f84815260208120601f198516915b828110156102f557878501518255602094850194600190920191016102d5565b508482101561031257868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b610dff806103325f395ff3fe608060405234801561000f575f5ffd5b506004361061011c575f3560e01c806336568abe116100a9578063a217fddf1161006e578063a217fddf14610286578063a9059cbb1461028d578063d5391393146102a0578063d547741f146102c7578063dd62ed3e146102da575f5ffd5b806336568abe1461021d5780636606fd091461023057806370a082311461024357806391d148541461026b57806395d89b411461027e575f5ffd5b806323b872dd116100ef57806323b872dd14610182578063248a9ca31461019557806329d89f5c146101b75780632f2ff15d146101f9578063313ce5671461020e575f5ffd5b806301ffc9a71461012057806306fdde0314610148578063095ea7b31461015d57806318160ddd14610170575b5f5ffd5b61013361012e366004610aec565b610312565b60405190151581526020015b60405180910390f35b610150610348565b60405161013f9190610b1a565b61013361016b366004610b6a565b6103d8565b6002545b60405190815260200161013f565b610133610190366004610b92565b6103ef565b6101746101a3366004610bcc565b5f9081526005602052604090206001015490565b6101e06101c5366004610bf4565b60066020525f908152604090205467ffffffffffffffff1681565b60405167ffffffffffffffff909116815260200161013f565b61020c610207366004610c0d565b610412565b005b6040516009815260200161013f565b61020c61022b366004610c0d565b61043c565b61020c61023e366004610c7f565b610474565b610174610251366004610d1d565b6001600160a01b03165f9081526020819052604090205490565b610133610279366004610c0d565b610630565b61015061065a565b6101745f81565b61013361029b366004610b6a565b610669565b6101747f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a681565b61020c6102d5366004610c0d565b610676565b6101746102e8366004610d36565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b5f6001600160e01b03198216637965db0b60e01b148061034257506301ffc9a760e01b6001600160e01b03198316145b92915050565b60606003805461035790610d5e565b80601f016020809104026020016040519081016040528092919081815260200182805461038390610d5e565b80156103ce5780601f106103a5576101008083540402835291602001916103ce565b820191905f5260205f20905b8154815290600101906020018083116103b157829003601f168201915b5050505050905090565b5f336103e581858561069a565b5060019392505050565b5f336103fc8582856106a7565b61040785858561071d565b506001949350505050565b5f8281526005602052604090206001015461042c8161077a565b6104368383610787565b50505050565b6001600160a01b03811633146104655760405163334bd91960e11b815260040160405180910390fd5b61046f8282610818565b505050565b7f9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a661049e8161077a565b61ffff87165f9081526006602052604090205467ffffffffffffffff90811690871681106105025760405163909ac75960e01b815261ffff8916600482015267ffffffffffffffff8089166024830152821660448201526064015b60405180910390fd5b84831461052c576040516355c5b3e360e11b815260048101869052602481018490526044016104f9565b61ffff88165f908152600660205260408120805467ffffffffffffffff191667ffffffffffffffff8a16179055805b868110156105d95785858281811061057557610575610d96565b90506020020135826105879190610daa565b91506105d188888381811061059e5761059e610d96565b90506020020160208101906105b39190610d1d565b8787848181106105c5576105c5610d96565b90506020020135610883565b60010161055b565b50604080518281526020810188905267ffffffffffffffff8a169161ffff8c16917f51e8781e4afc051d2fa8730fb50b1d1af2812625c20525eeb2c3e194ead47dd3910160405180910390a3505050505050505050565b5f9182526005602090815260408084206001600160a01b0393909316845291905290205460ff1690565b60606004805461035790610d5e565b5f336103e581858561071d565b5f828152600560205260409020600101546106908161077a565b6104368383610818565b61046f83838360016108bb565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f19811015610436578181101561070f57604051637dc7a0d960e11b81526001600160a01b038416600482015260248101829052604481018390526064016104f9565b61043684848484035f6108bb565b6001600160a01b03831661074657604051634b637e8f60e11b81525f60048201526024016104f9565b6001600160a01b03821661076f5760405163ec442f0560e01b81525f60048201526024016104f9565b61046f83838361098d565b6107848133610ab3565b50565b5f6107928383610630565b610811575f8381526005602090815260408083206001600160a01b03861684529091529020805460ff191660011790556107c93390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610342565b505f610342565b5f6108238383610630565b15610811575f8381526005602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610342565b6001600160a01b0382166108ac5760405163ec442f0560e01b81525f60048201526024016104f9565b6108b75f838361098d565b5050565b6001600160a01b0384166108e45760405163e602df0560e01b81525f60048201526024016104f9565b6001600160a01b03831661090d57604051634a1406b160e11b81525f60048201526024016104f9565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561043657826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258460405161097f91815260200190565b60405180910390a350505050565b6001600160a01b0383166109b7578060025f8282546109ac9190610daa565b90915550610a279050565b6001600160a01b0383165f9081526020819052604090205481811015610a095760405163391434e360e21b81526001600160a01b038516600482015260248101829052604481018390526064016104f9565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b038216610a4357600280548290039055610a61565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef83604051610aa691815260200190565b60405180910390a3505050565b610abd8282610630565b6108b75760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016104f9565b5f60208284031215610afc575f5ffd5b81356001600160e01b031981168114610b13575f5ffd5b9392505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b0381168114610b65575f5ffd5b919050565b5f5f60408385031215610b7b575f5ffd5b610b8483610b4f565b946020939093013593505050565b5f5f5f60608486031215610ba4575f5ffd5b610bad84610b4f565b9250610bbb60208501610b4f565b929592945050506040919091013590565b5f60208284031215610bdc575f5ffd5b5035919050565b803561ffff81168114610b65575f5ffd5b5f60208284031215610c04575f5ffd5b610b1382610be3565b5f5f60408385031215610c1e575f5ffd5b82359150610c2e60208401610b4f565b90509250929050565b5f5f83601f840112610c47575f5ffd5b50813567ffffffffffffffff811115610c5e575f5ffd5b6020830191508360208260051b8501011115610c78575f5ffd5b9250929050565b5f5f5f5f5f5f60808789031215610c94575f5ffd5b610c9d87610be3565b9550602087013567ffffffffffffffff81168114610cb9575f5ffd5b9450604087013567ffffffffffffffff811115610cd4575f5ffd5b610ce089828a01610c37565b909550935050606087013567ffffffffffffffff811115610cff575f5ffd5b610d0b89828a01610c37565b979a9699509497509295939492505050565b5f60208284031215610d2d575f5ffd5b610b1382610b4f565b5f5f60408385031215610d47575f5ffd5b610d5083610b4f565b9150610c2e60208401610b4f565b600181811c90821680610d7257607f821691505b602082108103610d9057634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52603260045260245ffd5b8082018082111561034257634e487b7160e01b5f52601160045260245ffdfea2646970667358221220bab2522857dc6cb1636de4ab62c642a947a7e7ac2080db6f78d36b42b9604ea264736f6c63430008250033",
}

// AgoraTokenABI is the input ABI used to generate the binding from.
// Deprecated: Use AgoraTokenMetaData.ABI instead.
var AgoraTokenABI = AgoraTokenMetaData.ABI

// AgoraTokenBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use AgoraTokenMetaData.Bin instead.
var AgoraTokenBin = AgoraTokenMetaData.Bin

// DeployAgoraToken deploys a new Ethereum contract, binding an instance of AgoraToken to it.
func DeployAgoraToken(auth *bind.TransactOpts, backend bind.ContractBackend, minter common.Address) (common.Address, *types.Transaction, *AgoraToken, error) {
	parsed, err := AgoraTokenMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(AgoraTokenBin), backend, minter)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &AgoraToken{AgoraTokenCaller: AgoraTokenCaller{contract: contract}, AgoraTokenTransactor: AgoraTokenTransactor{contract: contract}, AgoraTokenFilterer: AgoraTokenFilterer{contract: contract}}, nil
}

// AgoraToken is an auto generated Go binding around an Ethereum contract.
type AgoraToken struct {
	AgoraTokenCaller     // Read-only binding to the contract
	AgoraTokenTransactor // Write-only binding to the contract
	AgoraTokenFilterer   // Log filterer for contract events
}

// AgoraTokenCaller is an auto generated read-only Go binding around an Ethereum contract.
type AgoraTokenCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// AgoraTokenTransactor is an auto generated write-only Go binding around an Ethereum contract.
type AgoraTokenTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// AgoraTokenFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type AgoraTokenFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// AgoraTokenSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type AgoraTokenSession struct {
	Contract     *AgoraToken       // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// AgoraTokenCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type AgoraTokenCallerSession struct {
	Contract *AgoraTokenCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts     // Call options to use throughout this session
}

// AgoraTokenTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type AgoraTokenTransactorSession struct {
	Contract     *AgoraTokenTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts     // Transaction auth options to use throughout this session
}

// AgoraTokenRaw is an auto generated low-level Go binding around an Ethereum contract.
type AgoraTokenRaw struct {
	Contract *AgoraToken // Generic contract binding to access the raw methods on
}

// AgoraTokenCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type AgoraTokenCallerRaw struct {
	Contract *AgoraTokenCaller // Generic read-only contract binding to access the raw methods on
}

// AgoraTokenTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type AgoraTokenTransactorRaw struct {
	Contract *AgoraTokenTransactor // Generic write-only contract binding to access the raw methods on
}

// NewAgoraToken creates a new instance of AgoraToken, bound to a specific deployed contract.
func NewAgoraToken(address common.Address, backend bind.ContractBackend) (*AgoraToken, error) {
	contract, err := bindAgoraToken(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &AgoraToken{AgoraTokenCaller: AgoraTokenCaller{contract: contract}, AgoraTokenTransactor: AgoraTokenTransactor{contract: contract}, AgoraTokenFilterer: AgoraTokenFilterer{contract: contract}}, nil
}

// NewAgoraTokenCaller creates a new read-only instance of AgoraToken, bound to a specific deployed contract.
func NewAgoraTokenCaller(address common.Address, caller bind.ContractCaller) (*AgoraTokenCaller, error) {
	contract, err := bindAgoraToken(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &AgoraTokenCaller{contract: contract}, nil
}

// NewAgoraTokenTransactor creates a new write-only instance of AgoraToken, bound to a specific deployed contract.
func NewAgoraTokenTransactor(address common.Address, transactor bind.ContractTransactor) (*AgoraTokenTransactor, error) {
	contract, err := bindAgoraToken(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &AgoraTokenTransactor{contract: contract}, nil
}

// NewAgoraTokenFilterer creates a new log filterer instance of AgoraToken, bound to a specific deployed contract.
func NewAgoraTokenFilterer(address common.Address, filterer bind.ContractFilterer) (*AgoraTokenFilterer, error) {
	contract, err := bindAgoraToken(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &AgoraTokenFilterer{contract: contract}, nil
}

// bindAgoraToken binds a generic wrapper to an already deployed contract.
func bindAgoraToken(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := AgoraTokenMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_AgoraToken *AgoraTokenRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _AgoraToken.Contract.AgoraTokenCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_AgoraToken *AgoraTokenRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _AgoraToken.Contract.AgoraTokenTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_AgoraToken *AgoraTokenRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _AgoraToken.Contract.AgoraTokenTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_AgoraToken *AgoraTokenCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _AgoraToken.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_AgoraToken *AgoraTokenTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _AgoraToken.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_AgoraToken *AgoraTokenTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _AgoraToken.Contract.contract.Transact(opts, method, params...)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_AgoraToken *AgoraTokenCaller) DEFAULTADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _AgoraToken.contract.Call(opts, &out, "DEFAULT_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_AgoraToken *AgoraTokenSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _AgoraToken.Contract.DEFAULTADMINROLE(&_AgoraToken.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_AgoraToken *AgoraTokenCallerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _AgoraToken.Contract.DEFAULTADMINROLE(&_AgoraToken.CallOpts)
}

// MINTERROLE is a free data retrieval call binding the contract method 0xd5391393.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (_AgoraToken *AgoraTokenCaller) MINTERROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _AgoraToken.contract.Call(opts, &out, "MINTER_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// MINTERROLE is a free data retrieval call binding the contract method 0xd5391393.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (_AgoraToken *AgoraTokenSession) MINTERROLE() ([32]byte, error) {
	return _AgoraToken.Contract.MINTERROLE(&_AgoraToken.CallOpts)
}

// MINTERROLE is a free data retrieval call binding the contract method 0xd5391393.
//
// Solidity: function MINTER_ROLE() view returns(bytes32)
func (_AgoraToken *AgoraTokenCallerSession) MINTERROLE() ([32]byte, error) {
	return _AgoraToken.Contract.MINTERROLE(&_AgoraToken.CallOpts)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_AgoraToken *AgoraTokenCaller) Allowance(opts *bind.CallOpts, owner common.Address, spender common.Address) (*big.Int, error) {
	var out []interface{}
	err := _AgoraToken.contract.Call(opts, &out, "allowance", owner, spender)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_AgoraToken *AgoraTokenSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _AgoraToken.Contract.Allowance(&_AgoraToken.CallOpts, owner, spender)
}

// Allowance is a free data retrieval call binding the contract method 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (_AgoraToken *AgoraTokenCallerSession) Allowance(owner common.Address, spender common.Address) (*big.Int, error) {
	return _AgoraToken.Contract.Allowance(&_AgoraToken.CallOpts, owner, spender)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_AgoraToken *AgoraTokenCaller) BalanceOf(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _AgoraToken.contract.Call(opts, &out, "balanceOf", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_AgoraToken *AgoraTokenSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _AgoraToken.Contract.BalanceOf(&_AgoraToken.CallOpts, account)
}

// BalanceOf is a free data retrieval call binding the contract method 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (_AgoraToken *AgoraTokenCallerSession) BalanceOf(account common.Address) (*big.Int, error) {
	return _AgoraToken.Contract.BalanceOf(&_AgoraToken.CallOpts, account)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (_AgoraToken *AgoraTokenCaller) Decimals(opts *bind.CallOpts) (uint8, error) {
	var out []interface{}
	err := _AgoraToken.contract.Call(opts, &out, "decimals")

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (_AgoraToken *AgoraTokenSession) Decimals() (uint8, error) {
	return _AgoraToken.Contract.Decimals(&_AgoraToken.CallOpts)
}

// Decimals is a free data retrieval call binding the contract method 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (_AgoraToken *AgoraTokenCallerSession) Decimals() (uint8, error) {
	return _AgoraToken.Contract.Decimals(&_AgoraToken.CallOpts)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_AgoraToken *AgoraTokenCaller) GetRoleAdmin(opts *bind.CallOpts, role [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _AgoraToken.contract.Call(opts, &out, "getRoleAdmin", role)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_AgoraToken *AgoraTokenSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _AgoraToken.Contract.GetRoleAdmin(&_AgoraToken.CallOpts, role)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_AgoraToken *AgoraTokenCallerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _AgoraToken.Contract.GetRoleAdmin(&_AgoraToken.CallOpts, role)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_AgoraToken *AgoraTokenCaller) HasRole(opts *bind.CallOpts, role [32]byte, account common.Address) (bool, error) {
	var out []interface{}
	err := _AgoraToken.contract.Call(opts, &out, "hasRole", role, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_AgoraToken *AgoraTokenSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _AgoraToken.Contract.HasRole(&_AgoraToken.CallOpts, role, account)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_AgoraToken *AgoraTokenCallerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _AgoraToken.Contract.HasRole(&_AgoraToken.CallOpts, role, account)
}

// LastPaidEpoch is a free data retrieval call binding the contract method 0x29d89f5c.
//
// Solidity: function lastPaidEpoch(uint16 subnet) view returns(uint64 epoch)
func (_AgoraToken *AgoraTokenCaller) LastPaidEpoch(opts *bind.CallOpts, subnet uint16) (uint64, error) {
	var out []interface{}
	err := _AgoraToken.contract.Call(opts, &out, "lastPaidEpoch", subnet)

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// LastPaidEpoch is a free data retrieval call binding the contract method 0x29d89f5c.
//
// Solidity: function lastPaidEpoch(uint16 subnet) view returns(uint64 epoch)
func (_AgoraToken *AgoraTokenSession) LastPaidEpoch(subnet uint16) (uint64, error) {
	return _AgoraToken.Contract.LastPaidEpoch(&_AgoraToken.CallOpts, subnet)
}

// LastPaidEpoch is a free data retrieval call binding the contract method 0x29d89f5c.
//
// Solidity: function lastPaidEpoch(uint16 subnet) view returns(uint64 epoch)
func (_AgoraToken *AgoraTokenCallerSession) LastPaidEpoch(subnet uint16) (uint64, error) {
	return _AgoraToken.Contract.LastPaidEpoch(&_AgoraToken.CallOpts, subnet)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_AgoraToken *AgoraTokenCaller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _AgoraToken.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_AgoraToken *AgoraTokenSession) Name() (string, error) {
	return _AgoraToken.Contract.Name(&_AgoraToken.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_AgoraToken *AgoraTokenCallerSession) Name() (string, error) {
	return _AgoraToken.Contract.Name(&_AgoraToken.CallOpts)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_AgoraToken *AgoraTokenCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _AgoraToken.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_AgoraToken *AgoraTokenSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _AgoraToken.Contract.SupportsInterface(&_AgoraToken.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_AgoraToken *AgoraTokenCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _AgoraToken.Contract.SupportsInterface(&_AgoraToken.CallOpts, interfaceId)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_AgoraToken *AgoraTokenCaller) Symbol(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _AgoraToken.contract.Call(opts, &out, "symbol")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_AgoraToken *AgoraTokenSession) Symbol() (string, error) {
	return _AgoraToken.Contract.Symbol(&_AgoraToken.CallOpts)
}

// Symbol is a free data retrieval call binding the contract method 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (_AgoraToken *AgoraTokenCallerSession) Symbol() (string, error) {
	return _AgoraToken.Contract.Symbol(&_AgoraToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_AgoraToken *AgoraTokenCaller) TotalSupply(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _AgoraToken.contract.Call(opts, &out, "totalSupply")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_AgoraToken *AgoraTokenSession) TotalSupply() (*big.Int, error) {
	return _AgoraToken.Contract.TotalSupply(&_AgoraToken.CallOpts)
}

// TotalSupply is a free data retrieval call binding the contract method 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (_AgoraToken *AgoraTokenCallerSession) TotalSupply() (*big.Int, error) {
	return _AgoraToken.Contract.TotalSupply(&_AgoraToken.CallOpts)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_AgoraToken *AgoraTokenTransactor) Approve(opts *bind.TransactOpts, spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _AgoraToken.contract.Transact(opts, "approve", spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_AgoraToken *AgoraTokenSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _AgoraToken.Contract.Approve(&_AgoraToken.TransactOpts, spender, value)
}

// Approve is a paid mutator transaction binding the contract method 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (_AgoraToken *AgoraTokenTransactorSession) Approve(spender common.Address, value *big.Int) (*types.Transaction, error) {
	return _AgoraToken.Contract.Approve(&_AgoraToken.TransactOpts, spender, value)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_AgoraToken *AgoraTokenTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _AgoraToken.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_AgoraToken *AgoraTokenSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _AgoraToken.Contract.GrantRole(&_AgoraToken.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_AgoraToken *AgoraTokenTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _AgoraToken.Contract.GrantRole(&_AgoraToken.TransactOpts, role, account)
}

// PayEpoch is a paid mutator transaction binding the contract method 0x6606fd09.
//
// Solidity: function payEpoch(uint16 subnet, uint64 epoch, address[] recipients, uint256[] amounts) returns()
func (_AgoraToken *AgoraTokenTransactor) PayEpoch(opts *bind.TransactOpts, subnet uint16, epoch uint64, recipients []common.Address, amounts []*big.Int) (*types.Transaction, error) {
	return _AgoraToken.contract.Transact(opts, "payEpoch", subnet, epoch, recipients, amounts)
}

// PayEpoch is a paid mutator transaction binding the contract method 0x6606fd09.
//
// Solidity: function payEpoch(uint16 subnet, uint64 epoch, address[] recipients, uint256[] amounts) returns()
func (_AgoraToken *AgoraTokenSession) PayEpoch(subnet uint16, epoch uint64, recipients []common.Address, amounts []*big.Int) (*types.Transaction, error) {
	return _AgoraToken.Contract.PayEpoch(&_AgoraToken.TransactOpts, subnet, epoch, recipients, amounts)
}

// PayEpoch is a paid mutator transaction binding the contract method 0x6606fd09.
//
// Solidity: function payEpoch(uint16 subnet, uint64 epoch, address[] recipients, uint256[] amounts) returns()
func (_AgoraToken *AgoraTokenTransactorSession) PayEpoch(subnet uint16, epoch uint64, recipients []common.Address, amounts []*big.Int) (*types.Transaction, error) {
	return _AgoraToken.Contract.PayEpoch(&_AgoraToken.TransactOpts, subnet, epoch, recipients, amounts)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_AgoraToken *AgoraTokenTransactor) RenounceRole(opts *bind.TransactOpts, role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _AgoraToken.contract.Transact(opts, "renounceRole", role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_AgoraToken *AgoraTokenSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _AgoraToken.Contract.RenounceRole(&_AgoraToken.TransactOpts, role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_AgoraToken *AgoraTokenTransactorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _AgoraToken.Contract.RenounceRole(&_AgoraToken.TransactOpts, role, callerConfirmation)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_AgoraToken *AgoraTokenTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _AgoraToken.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_AgoraToken *AgoraTokenSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _AgoraToken.Contract.RevokeRole(&_AgoraToken.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_AgoraToken *AgoraTokenTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _AgoraToken.Contract.RevokeRole(&_AgoraToken.TransactOpts, role, account)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_AgoraToken *AgoraTokenTransactor) Transfer(opts *bind.TransactOpts, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _AgoraToken.contract.Transact(opts, "transfer", to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_AgoraToken *AgoraTokenSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _AgoraToken.Contract.Transfer(&_AgoraToken.TransactOpts, to, value)
}

// Transfer is a paid mutator transaction binding the contract method 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (_AgoraToken *AgoraTokenTransactorSession) Transfer(to common.Address, value *big.Int) (*types.Transaction, error) {
	return _AgoraToken.Contract.Transfer(&_AgoraToken.TransactOpts, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_AgoraToken *AgoraTokenTransactor) TransferFrom(opts *bind.TransactOpts, from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _AgoraToken.contract.Transact(opts, "transferFrom", from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_AgoraToken *AgoraTokenSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _AgoraToken.Contract.TransferFrom(&_AgoraToken.TransactOpts, from, to, value)
}

// TransferFrom is a paid mutator transaction binding the contract method 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (_AgoraToken *AgoraTokenTransactorSession) TransferFrom(from common.Address, to common.Address, value *big.Int) (*types.Transaction, error) {
	return _AgoraToken.Contract.TransferFrom(&_AgoraToken.TransactOpts, from, to, value)
}

// AgoraTokenApprovalIterator is returned from FilterApproval and is used to iterate over the raw logs and unpacked data for Approval events raised by the AgoraToken contract.
type AgoraTokenApprovalIterator struct {
	Event *AgoraTokenApproval // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgoraTokenApprovalIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgoraTokenApproval)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgoraTokenApproval)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgoraTokenApprovalIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgoraTokenApprovalIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgoraTokenApproval represents a Approval event raised by the AgoraToken contract.
type AgoraTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterApproval is a free log retrieval operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_AgoraToken *AgoraTokenFilterer) FilterApproval(opts *bind.FilterOpts, owner []common.Address, spender []common.Address) (*AgoraTokenApprovalIterator, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _AgoraToken.contract.FilterLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return &AgoraTokenApprovalIterator{contract: _AgoraToken.contract, event: "Approval", logs: logs, sub: sub}, nil
}

// WatchApproval is a free log subscription operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_AgoraToken *AgoraTokenFilterer) WatchApproval(opts *bind.WatchOpts, sink chan<- *AgoraTokenApproval, owner []common.Address, spender []common.Address) (event.Subscription, error) {

	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}
	var spenderRule []interface{}
	for _, spenderItem := range spender {
		spenderRule = append(spenderRule, spenderItem)
	}

	logs, sub, err := _AgoraToken.contract.WatchLogs(opts, "Approval", ownerRule, spenderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgoraTokenApproval)
				if err := _AgoraToken.contract.UnpackLog(event, "Approval", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseApproval is a log parse operation binding the contract event 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (_AgoraToken *AgoraTokenFilterer) ParseApproval(log types.Log) (*AgoraTokenApproval, error) {
	event := new(AgoraTokenApproval)
	if err := _AgoraToken.contract.UnpackLog(event, "Approval", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AgoraTokenEpochPaidIterator is returned from FilterEpochPaid and is used to iterate over the raw logs and unpacked data for EpochPaid events raised by the AgoraToken contract.
type AgoraTokenEpochPaidIterator struct {
	Event *AgoraTokenEpochPaid // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgoraTokenEpochPaidIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgoraTokenEpochPaid)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgoraTokenEpochPaid)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgoraTokenEpochPaidIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgoraTokenEpochPaidIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgoraTokenEpochPaid represents a EpochPaid event raised by the AgoraToken contract.
type AgoraTokenEpochPaid struct {
	Subnet     uint16
	Epoch      uint64
	Total      *big.Int
	Recipients *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterEpochPaid is a free log retrieval operation binding the contract event 0x51e8781e4afc051d2fa8730fb50b1d1af2812625c20525eeb2c3e194ead47dd3.
//
// Solidity: event EpochPaid(uint16 indexed subnet, uint64 indexed epoch, uint256 total, uint256 recipients)
func (_AgoraToken *AgoraTokenFilterer) FilterEpochPaid(opts *bind.FilterOpts, subnet []uint16, epoch []uint64) (*AgoraTokenEpochPaidIterator, error) {

	var subnetRule []interface{}
	for _, subnetItem := range subnet {
		subnetRule = append(subnetRule, subnetItem)
	}
	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}

	logs, sub, err := _AgoraToken.contract.FilterLogs(opts, "EpochPaid", subnetRule, epochRule)
	if err != nil {
		return nil, err
	}
	return &AgoraTokenEpochPaidIterator{contract: _AgoraToken.contract, event: "EpochPaid", logs: logs, sub: sub}, nil
}

// WatchEpochPaid is a free log subscription operation binding the contract event 0x51e8781e4afc051d2fa8730fb50b1d1af2812625c20525eeb2c3e194ead47dd3.
//
// Solidity: event EpochPaid(uint16 indexed subnet, uint64 indexed epoch, uint256 total, uint256 recipients)
func (_AgoraToken *AgoraTokenFilterer) WatchEpochPaid(opts *bind.WatchOpts, sink chan<- *AgoraTokenEpochPaid, subnet []uint16, epoch []uint64) (event.Subscription, error) {

	var subnetRule []interface{}
	for _, subnetItem := range subnet {
		subnetRule = append(subnetRule, subnetItem)
	}
	var epochRule []interface{}
	for _, epochItem := range epoch {
		epochRule = append(epochRule, epochItem)
	}

	logs, sub, err := _AgoraToken.contract.WatchLogs(opts, "EpochPaid", subnetRule, epochRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgoraTokenEpochPaid)
				if err := _AgoraToken.contract.UnpackLog(event, "EpochPaid", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseEpochPaid is a log parse operation binding the contract event 0x51e8781e4afc051d2fa8730fb50b1d1af2812625c20525eeb2c3e194ead47dd3.
//
// Solidity: event EpochPaid(uint16 indexed subnet, uint64 indexed epoch, uint256 total, uint256 recipients)
func (_AgoraToken *AgoraTokenFilterer) ParseEpochPaid(log types.Log) (*AgoraTokenEpochPaid, error) {
	event := new(AgoraTokenEpochPaid)
	if err := _AgoraToken.contract.UnpackLog(event, "EpochPaid", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AgoraTokenRoleAdminChangedIterator is returned from FilterRoleAdminChanged and is used to iterate over the raw logs and unpacked data for RoleAdminChanged events raised by the AgoraToken contract.
type AgoraTokenRoleAdminChangedIterator struct {
	Event *AgoraTokenRoleAdminChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgoraTokenRoleAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgoraTokenRoleAdminChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgoraTokenRoleAdminChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgoraTokenRoleAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgoraTokenRoleAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgoraTokenRoleAdminChanged represents a RoleAdminChanged event raised by the AgoraToken contract.
type AgoraTokenRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterRoleAdminChanged is a free log retrieval operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_AgoraToken *AgoraTokenFilterer) FilterRoleAdminChanged(opts *bind.FilterOpts, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (*AgoraTokenRoleAdminChangedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var previousAdminRoleRule []interface{}
	for _, previousAdminRoleItem := range previousAdminRole {
		previousAdminRoleRule = append(previousAdminRoleRule, previousAdminRoleItem)
	}
	var newAdminRoleRule []interface{}
	for _, newAdminRoleItem := range newAdminRole {
		newAdminRoleRule = append(newAdminRoleRule, newAdminRoleItem)
	}

	logs, sub, err := _AgoraToken.contract.FilterLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return &AgoraTokenRoleAdminChangedIterator{contract: _AgoraToken.contract, event: "RoleAdminChanged", logs: logs, sub: sub}, nil
}

// WatchRoleAdminChanged is a free log subscription operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_AgoraToken *AgoraTokenFilterer) WatchRoleAdminChanged(opts *bind.WatchOpts, sink chan<- *AgoraTokenRoleAdminChanged, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var previousAdminRoleRule []interface{}
	for _, previousAdminRoleItem := range previousAdminRole {
		previousAdminRoleRule = append(previousAdminRoleRule, previousAdminRoleItem)
	}
	var newAdminRoleRule []interface{}
	for _, newAdminRoleItem := range newAdminRole {
		newAdminRoleRule = append(newAdminRoleRule, newAdminRoleItem)
	}

	logs, sub, err := _AgoraToken.contract.WatchLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgoraTokenRoleAdminChanged)
				if err := _AgoraToken.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleAdminChanged is a log parse operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_AgoraToken *AgoraTokenFilterer) ParseRoleAdminChanged(log types.Log) (*AgoraTokenRoleAdminChanged, error) {
	event := new(AgoraTokenRoleAdminChanged)
	if err := _AgoraToken.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AgoraTokenRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the AgoraToken contract.
type AgoraTokenRoleGrantedIterator struct {
	Event *AgoraTokenRoleGranted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgoraTokenRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgoraTokenRoleGranted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgoraTokenRoleGranted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgoraTokenRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgoraTokenRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgoraTokenRoleGranted represents a RoleGranted event raised by the AgoraToken contract.
type AgoraTokenRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_AgoraToken *AgoraTokenFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*AgoraTokenRoleGrantedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _AgoraToken.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &AgoraTokenRoleGrantedIterator{contract: _AgoraToken.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_AgoraToken *AgoraTokenFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *AgoraTokenRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _AgoraToken.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgoraTokenRoleGranted)
				if err := _AgoraToken.contract.UnpackLog(event, "RoleGranted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleGranted is a log parse operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_AgoraToken *AgoraTokenFilterer) ParseRoleGranted(log types.Log) (*AgoraTokenRoleGranted, error) {
	event := new(AgoraTokenRoleGranted)
	if err := _AgoraToken.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AgoraTokenRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the AgoraToken contract.
type AgoraTokenRoleRevokedIterator struct {
	Event *AgoraTokenRoleRevoked // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgoraTokenRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgoraTokenRoleRevoked)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgoraTokenRoleRevoked)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgoraTokenRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgoraTokenRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgoraTokenRoleRevoked represents a RoleRevoked event raised by the AgoraToken contract.
type AgoraTokenRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_AgoraToken *AgoraTokenFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*AgoraTokenRoleRevokedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _AgoraToken.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &AgoraTokenRoleRevokedIterator{contract: _AgoraToken.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_AgoraToken *AgoraTokenFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *AgoraTokenRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _AgoraToken.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgoraTokenRoleRevoked)
				if err := _AgoraToken.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseRoleRevoked is a log parse operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_AgoraToken *AgoraTokenFilterer) ParseRoleRevoked(log types.Log) (*AgoraTokenRoleRevoked, error) {
	event := new(AgoraTokenRoleRevoked)
	if err := _AgoraToken.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AgoraTokenTransferIterator is returned from FilterTransfer and is used to iterate over the raw logs and unpacked data for Transfer events raised by the AgoraToken contract.
type AgoraTokenTransferIterator struct {
	Event *AgoraTokenTransfer // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *AgoraTokenTransferIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AgoraTokenTransfer)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(AgoraTokenTransfer)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *AgoraTokenTransferIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AgoraTokenTransferIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AgoraTokenTransfer represents a Transfer event raised by the AgoraToken contract.
type AgoraTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   types.Log // Blockchain specific contextual infos
}

// FilterTransfer is a free log retrieval operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_AgoraToken *AgoraTokenFilterer) FilterTransfer(opts *bind.FilterOpts, from []common.Address, to []common.Address) (*AgoraTokenTransferIterator, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _AgoraToken.contract.FilterLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &AgoraTokenTransferIterator{contract: _AgoraToken.contract, event: "Transfer", logs: logs, sub: sub}, nil
}

// WatchTransfer is a free log subscription operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_AgoraToken *AgoraTokenFilterer) WatchTransfer(opts *bind.WatchOpts, sink chan<- *AgoraTokenTransfer, from []common.Address, to []common.Address) (event.Subscription, error) {

	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _AgoraToken.contract.WatchLogs(opts, "Transfer", fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AgoraTokenTransfer)
				if err := _AgoraToken.contract.UnpackLog(event, "Transfer", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTransfer is a log parse operation binding the contract event 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (_AgoraToken *AgoraTokenFilterer) ParseTransfer(log types.Log) (*AgoraTokenTransfer, error) {
	event := new(AgoraTokenTransfer)
	if err := _AgoraToken.contract.UnpackLog(event, "Transfer", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
