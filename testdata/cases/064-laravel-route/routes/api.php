<?php

use App\Http\Controllers\DeviceTokenController;
use App\Http\Controllers\HealthController;
use Illuminate\Support\Facades\Route;

Route::get('/health', [HealthController::class, 'show']);

Route::middleware('auth:sanctum')->group(function () {
    Route::post('/token/apply', [DeviceTokenController::class, 'apply']);
    Route::post('/token/revoke', [DeviceTokenController::class, 'revoke']);
    Route::post('/token/query', [DeviceTokenController::class, 'query']);
});
