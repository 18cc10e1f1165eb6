// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";

/// @title Naive batch payment (benchmark baseline only)
/// @notice Pays many recipients from this contract's own token balance with
/// one ERC-20 transfer call each, in one transaction: the straightforward
/// batch that `agora bench settlement` compares Agora's push mode against.
/// Not part of Agora's deployment.
contract TransferLoop {
    /// @notice Transfers amounts[i] of token to recipients[i] for every i.
    function send(IERC20 token, address[] calldata recipients, uint256[] calldata amounts) external {
        require(recipients.length == amounts.length, "length mismatch");
        for (uint256 i = 0; i < recipients.length; ++i) {
            require(token.transfer(recipients[i], amounts[i]), "transfer failed");
        }
    }
}
