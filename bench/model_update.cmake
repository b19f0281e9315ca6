# Connection model + proxy update cost at 100k rows (needs Qt).
if(NOT FLOWSCOPE_CORE_ONLY)
    add_executable(bench_model_update ${CMAKE_CURRENT_LIST_DIR}/model_update_bench.cpp)
    flowscope_warnings(bench_model_update)
    target_link_libraries(bench_model_update PRIVATE flowscope::ui)
endif()
